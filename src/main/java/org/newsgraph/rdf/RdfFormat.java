package org.newsgraph.rdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF serialisations newsgraph reads and writes, by the short name the CLI takes and the file
 * extensions it recognises. Quad formats keep the named graphs; triple formats get their union.
 */
public enum RdfFormat {
  TRIG("trig", RDFFormat.TRIG_PRETTY, true, "trig"),
  NQ("nq", RDFFormat.NQUADS, true, "nq"),
  TTL("ttl", RDFFormat.TURTLE_PRETTY, false, "ttl"),
  NT("nt", RDFFormat.NTRIPLES, false, "nt"),
  JSONLD("jsonld", RDFFormat.JSONLD11, true, "jsonld"),
  RDFXML("rdfxml", RDFFormat.RDFXML_PRETTY, false, "rdf", "xml", "owl");

  private final String shortName;
  private final RDFFormat format;
  private final boolean quads;
  private final String[] extensions;

  RdfFormat(String shortName, RDFFormat format, boolean quads, String... extensions) {
    this.shortName = shortName;
    this.format = format;
    this.quads = quads;
    this.extensions = extensions;
  }

  public String shortName() {
    return shortName;
  }

  public RDFFormat jenaFormat() {
    return format;
  }

  public Lang lang() {
    return format.getLang();
  }

  /** True when the format can hold named graphs. */
  public boolean isQuads() {
    return quads;
  }

  /** The format called {@code name}, ignoring case, if there is one. */
  public static Optional<RdfFormat> find(String name) {
    return Arrays.stream(values())
        .filter(f -> f.shortName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The format called {@code name}; the error lists the names accepted. */
  public static RdfFormat named(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new RdfException("unknown RDF format '" + name + "': expected one of " + names()));
  }

  /** The format a file name's extension says, if any. */
  public static Optional<RdfFormat> forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> Arrays.stream(f.extensions).anyMatch(ext -> lower.endsWith("." + ext)))
        .findFirst();
  }

  public static String names() {
    return Arrays.stream(values()).map(RdfFormat::shortName).collect(Collectors.joining(", "));
  }
}
