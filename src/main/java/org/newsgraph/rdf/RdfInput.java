package org.newsgraph.rdf;

import java.nio.file.Path;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Reads RDF files in any {@link RdfFormat}, chosen by file extension. */
public final class RdfInput {
  private RdfInput() {}

  /** True when {@code file}'s extension names an RDF format newsgraph reads. */
  public static boolean isRdf(Path file) {
    return RdfFormat.forFileName(file.getFileName().toString()).isPresent();
  }

  /** Parses {@code file} into a new dataset (triple formats fill the default graph). */
  public static DatasetGraph read(Path file) {
    RdfFormat format =
        RdfFormat.forFileName(file.getFileName().toString())
            .orElseThrow(
                () ->
                    new RdfException(
                        file
                            + ": unknown RDF file extension: expected .trig .nq .ttl .nt .jsonld or .rdf"));
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    try {
      RDFParser.source(file).lang(format.lang()).parse(dataset);
    } catch (RiotException e) {
      throw new RdfException(file + ": invalid " + format.shortName() + ": " + e.getMessage(), e);
    }
    return dataset;
  }
}
