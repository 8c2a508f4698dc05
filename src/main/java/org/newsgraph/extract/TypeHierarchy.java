package org.newsgraph.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * Answers "is this class a subclass of that one" from the ontology's rdfs:subClassOf triples; each
 * class's superclasses are worked out once.
 */
public final class TypeHierarchy {
  private final Graph ontology;
  private final Map<String, Set<String>> superClasses = new ConcurrentHashMap<>();

  public TypeHierarchy(Graph ontology) {
    this.ontology = ontology;
  }

  /** True when one of {@code types} is {@code classIri} or one of its subclasses. */
  public boolean isA(Iterable<String> types, String classIri) {
    for (String type : types) {
      if (superClasses.computeIfAbsent(type, this::superClassesOf).contains(classIri)) {
        return true;
      }
    }
    return false;
  }

  private Set<String> superClassesOf(String classIri) {
    Set<String> seen = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(NodeFactory.createURI(classIri));
    while (!todo.isEmpty()) {
      Node current = todo.pop();
      if (current.isURI() && seen.add(current.getURI())) {
        ontology
            .find(current, RDFS.subClassOf.asNode(), Node.ANY)
            .forEachRemaining(t -> todo.push(t.getObject()));
      }
    }
    return seen;
  }
}
