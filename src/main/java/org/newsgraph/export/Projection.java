package org.newsgraph.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.store.SparqlRunner;
import org.newsgraph.vocab.NG;

/**
 * Projects a loaded store onto a {@link PropertyGraph}: one edge per {@code ng:Statement} whose
 * object is an IRI, and one node per entity or value node that is an edge's end or is mentioned in
 * an article. Labels are taken in the language asked for when there is one; classes are the
 * asserted ones (not those materialised into the inferred graph), reduced to the most specific.
 */
public final class Projection {
  private static final String EDGE_QUERY = "org/newsgraph/export/edges.rq";

  private final DatasetGraph dataset;
  private final Graph union;
  private final Node inferredGraph;
  private final String language;

  private Projection(DatasetGraph dataset, IriScheme iris, String language) {
    this.dataset = dataset;
    this.union = dataset.getUnionGraph();
    this.inferredGraph = iris.inferredGraph();
    this.language = language;
  }

  /** The property graph of everything in {@code dataset}, labelled in {@code language}. */
  public static PropertyGraph of(DatasetGraph dataset, IriScheme iris, String language) {
    return Txn.calculateRead(dataset, () -> new Projection(dataset, iris, language).project());
  }

  private PropertyGraph project() {
    List<PropertyGraph.Edge> edges = edges();
    Set<String> ids = new TreeSet<>();
    for (PropertyGraph.Edge edge : edges) {
      ids.add(edge.source());
      ids.add(edge.target());
    }
    union
        .find(Node.ANY, NG.ofEntity, Node.ANY)
        .forEachRemaining(
            t -> {
              if (t.getObject().isURI()) {
                ids.add(t.getObject().getURI());
              }
            });
    List<PropertyGraph.Node> nodes = new ArrayList<>();
    for (String id : ids) {
      Node node = NodeFactory.createURI(id);
      nodes.add(new PropertyGraph.Node(id, label(node), kind(node), mentions(node)));
    }
    return new PropertyGraph(nodes, edges);
  }

  private List<PropertyGraph.Edge> edges() {
    List<PropertyGraph.Edge> edges = new ArrayList<>();
    try (QueryExecution exec =
        QueryExecution.create()
            .query(SparqlRunner.fromClasspath(EDGE_QUERY))
            .dataset(DatasetFactory.wrap(dataset))
            .build()) {
      ResultSet rows = exec.execSelect();
      while (rows.hasNext()) {
        QuerySolution row = rows.next();
        if (!row.get("object").isURIResource()) {
          continue;
        }
        Node predicate = row.getResource("predicate").asNode();
        edges.add(
            new PropertyGraph.Edge(
                row.getResource("statement").getURI(),
                row.getResource("subject").getURI(),
                row.getResource("object").getURI(),
                predicate.getURI(),
                label(predicate),
                row.getLiteral("evidence").getLexicalForm(),
                row.getLiteral("confidence").getDouble(),
                row.getResource("article").getURI()));
      }
    }
    return edges;
  }

  /** The preferred label in the language asked for, else English, else any; rdfs:label after. */
  private String label(Node node) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    List<Node> properties = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode());
    for (int p = 0; p < properties.size(); p++) {
      for (var it = union.find(node, properties.get(p), Node.ANY); it.hasNext(); ) {
        Node literal = it.next().getObject();
        if (!literal.isLiteral()) {
          continue;
        }
        String lang = literal.getLiteralLanguage();
        int rank = 3 * p + (lang.equals(language) ? 0 : lang.equals("en") ? 1 : 2);
        String text = literal.getLiteralLexicalForm();
        if (rank < bestRank || (rank == bestRank && text.compareTo(best) < 0)) {
          best = text;
          bestRank = rank;
        }
      }
    }
    return best != null ? best : localName(node.getURI());
  }

  /** The local name of the most specific ng: class asserted for {@code node}, or empty. */
  private String kind(Node node) {
    Set<Node> types = new HashSet<>();
    for (var it = dataset.find(Node.ANY, node, RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
      Quad quad = it.next();
      Node type = quad.getObject();
      if (!quad.getGraph().equals(inferredGraph)
          && type.isURI()
          && type.getURI().startsWith(NG.NS)) {
        types.add(type);
      }
    }
    Set<Node> general = new HashSet<>();
    for (Node type : types) {
      general.addAll(superClasses(type));
    }
    return types.stream()
        .filter(t -> !general.contains(t))
        .map(t -> localName(t.getURI()))
        .sorted()
        .findFirst()
        .orElse("");
  }

  private Set<Node> superClasses(Node type) {
    Set<Node> seen = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      union
          .find(todo.pop(), RDFS.subClassOf.asNode(), Node.ANY)
          .forEachRemaining(
              t -> {
                if (seen.add(t.getObject())) {
                  todo.push(t.getObject());
                }
              });
    }
    return seen;
  }

  private long mentions(Node node) {
    long total = 0;
    for (var it = union.find(Node.ANY, NG.ofEntity, node); it.hasNext(); ) {
      Node count = it.next().getSubject();
      for (var c = union.find(count, NG.count, Node.ANY); c.hasNext(); ) {
        Node literal = c.next().getObject();
        if (literal.isLiteral() && literal.getLiteralValue() instanceof Number n) {
          total += n.longValue();
        }
      }
    }
    return total;
  }

  private static String localName(String iri) {
    return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
  }
}
