package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.shapes.ShapesGate;
import org.newsgraph.vocab.NG;

class MaterializerTest {
  private static final Node A = NodeFactory.createURI("https://example.org/a");
  private static final Node B = NodeFactory.createURI("https://example.org/b");

  private static Node schema(String local) {
    return NodeFactory.createURI("https://schema.org/" + local);
  }

  @Test
  void addsEverySuperclassAndSuperpropertyButNothingAsserted() {
    Graph data = GraphFactory.createDefaultGraph();
    data.add(Triple.create(A, RDF.type.asNode(), NG.term("Startup")));
    data.add(Triple.create(A, RDF.type.asNode(), NG.term("Company")));
    data.add(Triple.create(A, NG.term("jointLabWith"), B));
    Graph inferred = new Materializer(ShapesGate.standard().ontology()).infer(data);

    assertThat(inferred.contains(A, RDF.type.asNode(), schema("Organization"))).isTrue();
    assertThat(inferred.contains(A, RDF.type.asNode(), NG.term("Organization"))).isTrue();
    assertThat(inferred.contains(A, RDF.type.asNode(), NG.Entity)).isTrue();
    assertThat(inferred.contains(A, NG.term("partnerOf"), B)).isTrue();
    assertThat(inferred.contains(A, RDF.type.asNode(), NG.term("Company")))
        .as("already asserted")
        .isFalse();
    assertThat(inferred.contains(B, Node.ANY, Node.ANY)).as("no domain or range guesses").isFalse();
  }
}
