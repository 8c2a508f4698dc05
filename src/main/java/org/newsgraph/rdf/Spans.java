package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.article.Article;
import org.newsgraph.vocab.NIF;

/**
 * Writes NIF spans of one article's text: {@code article/ID#char=B,E} with its offsets, its words
 * and its context. Mentions, evidence and sentences all go through here.
 */
final class Spans {
  private final Graph graph;
  private final IriScheme iris;
  private final Article article;
  private final int[] codePoints;
  private final Node context;

  /** The graph being written. */
  Graph graph() {
    return graph;
  }

  Spans(Graph graph, IriScheme iris, Article article) {
    this.graph = graph;
    this.iris = iris;
    this.article = article;
    this.codePoints = article.text().codePoints().toArray();
    this.context = iris.context(article.id(), codePoints.length);
  }

  String articleId() {
    return article.id();
  }

  Node context() {
    return context;
  }

  /** The span [begin, end) typed {@code type}, with offsets, words and context. */
  Node span(int begin, int end, Node type) {
    Node node = iris.span(article.id(), begin, end);
    add(node, RDF.type.asNode(), type);
    add(node, NIF.referenceContext, context);
    add(node, NIF.beginIndex, offset(begin));
    add(node, NIF.endIndex, offset(end));
    add(
        node,
        NIF.anchorOf,
        NodeFactory.createLiteralString(new String(codePoints, begin, end - begin)));
    return node;
  }

  /** Offsets as xsd:nonNegativeInteger, as NIF has them; TDB2 keeps this lexical form as is. */
  static Node offset(int value) {
    return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
  }

  void add(Node s, Node p, Node o) {
    graph.add(Triple.create(s, p, o));
  }
}
