package org.newsgraph.export;

import java.util.List;

/**
 * The knowledge graph as graph tools see it: entities (and value nodes) as nodes, facts as directed
 * edges, one edge per statement, so that every edge carries the words of the article that support
 * it. Literal-valued facts and claims are not edges; they stay in the RDF exports.
 *
 * @param nodes every node, ordered by id
 * @param edges every edge, ordered by source, predicate, target and id
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges) {
  public PropertyGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * One entity or value node.
   *
   * @param id its IRI
   * @param label its preferred label in the export's language, else in English, else any label
   * @param kind the local name of its most specific asserted class ({@code Startup}, {@code
   *     Person}, {@code Revenue}); empty when it has none
   * @param mentions how often the loaded articles mention it, summed over articles
   */
  public record Node(String id, String label, String kind, long mentions) {}

  /**
   * One fact, as stated in one article.
   *
   * @param id the IRI of its {@code ng:Statement}
   * @param source the subject's IRI
   * @param target the object's IRI
   * @param predicate the fact property's IRI
   * @param label the fact property's label in the export's language, else in English
   * @param evidence the words of the article that state the fact
   * @param confidence the extractor's confidence, from 0 to 1
   * @param article the IRI of the article
   */
  public record Edge(
      String id,
      String source,
      String target,
      String predicate,
      String label,
      String evidence,
      double confidence,
      String article) {}
}
