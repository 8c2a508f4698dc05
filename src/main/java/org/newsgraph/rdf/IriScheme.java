package org.newsgraph.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every IRI newsgraph writes, under one base: the same input gives the same IRIs on any
 * machine. Text spans follow RFC 5147 ({@code article/ID#char=BEGIN,END}), as NIF does.
 *
 * @param base absolute IRI ending in {@code /}, such as {@code https://w3id.org/newsgraph/}
 */
public record IriScheme(String base) {
  /** The base used when none is configured. */
  public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/";

  public IriScheme {
    if (base == null || !base.endsWith("/") || !isAbsolute(base)) {
      throw new RdfException(
          "base IRI '" + base + "': expected an absolute http(s) IRI ending in '/'");
    }
  }

  public static IriScheme defaults() {
    return new IriScheme(DEFAULT_BASE);
  }

  private static boolean isAbsolute(String iri) {
    try {
      URI uri = new URI(iri);
      return uri.isAbsolute() && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  public Node article(String articleId) {
    return iri("article/" + articleId);
  }

  /** The whole text of an article as a NIF context. */
  public Node context(String articleId, int length) {
    return span(articleId, 0, length);
  }

  public Node span(String articleId, int begin, int end) {
    return iri("article/" + articleId + "#char=" + begin + "," + end);
  }

  /**
   * A node that belongs to one article: {@code article/ID/KIND/KEY} (statements, claims, values).
   */
  public Node articleItem(String articleId, String kind, String key) {
    return iri("article/" + articleId + "/" + kind + "/" + key);
  }

  /** A name the lexicon does not know: {@code id/candidate/KEY}. */
  public Node candidate(String key) {
    return iri("id/candidate/" + key);
  }

  public Node articleGraph(String articleId) {
    return iri("graph/article/" + articleId);
  }

  public Node lexiconGraph() {
    return iri("graph/lexicon");
  }

  /** The graph of triples inferred from the ontology (superclasses, superproperties). */
  public Node inferredGraph() {
    return iri("graph/inferred");
  }

  public Node ontologyGraph() {
    return iri("graph/ontology");
  }

  private Node iri(String path) {
    return NodeFactory.createURI(base + path);
  }
}
