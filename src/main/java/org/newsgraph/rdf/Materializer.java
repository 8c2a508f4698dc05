package org.newsgraph.rdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The inferences newsgraph stores beside the data, so that plain SPARQL finds them: every
 * superclass of a resource's class ({@code ng:Startup} ⇒ {@code schema:Organization}) and every
 * superproperty of a property ({@code ng:jointLabWith} ⇒ {@code ng:partnerOf}), from the ontology's
 * rdfs:subClassOf and rdfs:subPropertyOf (RDFS rules rdfs9 and rdfs7, nothing else: no domain or
 * range guesses). Only triples not already asserted are returned.
 */
public final class Materializer {
  private final Graph ontology;
  private final Map<Node, Set<Node>> superClasses = new HashMap<>();
  private final Map<Node, Set<Node>> superProperties = new HashMap<>();

  public Materializer(Graph ontology) {
    this.ontology = ontology;
  }

  /** The inferred triples of {@code data}, which is read but not changed. */
  public Graph infer(Graph data) {
    Graph inferred = GraphFactory.createDefaultGraph();
    data.find()
        .forEachRemaining(
            t -> {
              if (t.getPredicate().equals(RDF.type.asNode())) {
                for (Node type : closure(t.getObject(), RDFS.subClassOf.asNode(), superClasses)) {
                  addNew(data, inferred, Triple.create(t.getSubject(), RDF.type.asNode(), type));
                }
              } else {
                for (Node property :
                    closure(t.getPredicate(), RDFS.subPropertyOf.asNode(), superProperties)) {
                  addNew(data, inferred, Triple.create(t.getSubject(), property, t.getObject()));
                }
              }
            });
    return inferred;
  }

  private static void addNew(Graph data, Graph inferred, Triple triple) {
    if (!data.contains(triple)) {
      inferred.add(triple);
    }
  }

  /** The strict super-terms of {@code term} along {@code link}, computed once per term. */
  private Set<Node> closure(Node term, Node link, Map<Node, Set<Node>> cache) {
    if (!term.isURI()) {
      return Set.of();
    }
    return cache.computeIfAbsent(
        term,
        start -> {
          Set<Node> seen = new LinkedHashSet<>();
          Deque<Node> todo = new ArrayDeque<>();
          todo.push(start);
          while (!todo.isEmpty()) {
            ontology
                .find(todo.pop(), link, Node.ANY)
                .forEachRemaining(
                    t -> {
                      Node up = t.getObject();
                      if (up.isURI() && !up.equals(start) && seen.add(up)) {
                        todo.push(up);
                      }
                    });
          }
          return seen;
        });
  }
}
