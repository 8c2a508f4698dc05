package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SchemaOrg;

/**
 * What the server says about one resource of the graph: every triple it is the subject or the
 * object of; every {@code ng:Statement} and {@code ng:Claim} about it with its evidence and
 * sentence spans, so that a client sees where the article says so; its mention counts; and the
 * labels of the resources it links to. Reads the union of the named graphs; the caller holds a read
 * transaction.
 */
final class Description {
  private final Graph union;
  private final Graph out = GraphFactory.createDefaultGraph();

  private Description(Graph union) {
    this.union = union;
  }

  /** The description of {@code resource}; empty when the graph does not know it. */
  static Graph of(Graph union, Node resource) {
    return new Description(union).describe(resource);
  }

  private Graph describe(Node resource) {
    copy(resource, Node.ANY, Node.ANY);
    copy(Node.ANY, Node.ANY, resource);
    if (out.isEmpty()) {
      return out;
    }
    List<Node> about = new ArrayList<>();
    for (Node link : List.of(NG.subject, NG.object, NG.speaker, NG.about)) {
      union.find(Node.ANY, link, resource).forEachRemaining(t -> about.add(t.getSubject()));
    }
    for (Node statement : about) {
      copy(statement, Node.ANY, Node.ANY);
      for (Node span : List.of(NG.evidence, NG.sentence)) {
        union
            .find(statement, span, Node.ANY)
            .forEachRemaining(t -> copy(t.getObject(), Node.ANY, Node.ANY));
      }
    }
    union
        .find(Node.ANY, NG.ofEntity, resource)
        .forEachRemaining(t -> copy(t.getSubject(), Node.ANY, Node.ANY));
    labelNeighbours();
    return out;
  }

  private void labelNeighbours() {
    List<Node> neighbours = new ArrayList<>();
    out.find()
        .forEachRemaining(
            t -> {
              neighbours.add(t.getSubject());
              neighbours.add(t.getObject());
            });
    for (Node node : neighbours) {
      if (node.isURI()) {
        copy(node, SKOS.prefLabel.asNode(), Node.ANY);
      }
    }
  }

  private void copy(Node s, Node p, Node o) {
    union.find(s, p, o).forEachRemaining(out::add);
  }

  /**
   * The label to show for {@code node}: its preferred label, rdfs:label or headline, in {@code
   * language} if there is one, else in English, else in any; null when it has none.
   */
  static String label(Graph graph, Node node, String language) {
    String fallback = null;
    for (Node property :
        List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), SchemaOrg.headline)) {
      for (Triple t : graph.find(node, property, Node.ANY).toList()) {
        if (!t.getObject().isLiteral()) {
          continue;
        }
        String lang = t.getObject().getLiteralLanguage();
        if (lang.equals(language)) {
          return t.getObject().getLiteralLexicalForm();
        }
        if (fallback == null || lang.equals("en")) {
          fallback = t.getObject().getLiteralLexicalForm();
        }
      }
    }
    return fallback;
  }
}
