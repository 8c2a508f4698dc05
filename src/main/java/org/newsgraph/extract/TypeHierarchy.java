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
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.vocab.NG;

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

  /**
   * True when the ontology declares {@code classIri} an {@code owl:Class} or {@code rdfs:Class}.
   */
  public boolean isClass(String classIri) {
    Node node = NodeFactory.createURI(classIri);
    return ontology.contains(node, RDF.type.asNode(), OWL.Class.asNode())
        || ontology.contains(node, RDF.type.asNode(), RDFS.Class.asNode());
  }

  /**
   * The IRI of the ng: class named {@code name} in a data file at {@code where}.
   *
   * @throws ExtractException when the ontology declares no such class
   */
  public String ontologyClass(String name, String where) {
    String iri = NG.NS + name.strip();
    if (!isClass(iri)) {
      throw new ExtractException(
          where
              + ": class '"
              + name.strip()
              + "': expected the name of a class of the ng: ontology"
              + " (such as Company, Person or AIModel)");
    }
    return iri;
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
