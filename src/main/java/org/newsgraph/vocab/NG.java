package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the newsgraph ontology ({@code ontology/newsgraph.ttl}). */
public final class NG {
  public static final String NS = "https://w3id.org/newsgraph/ns#";
  public static final String ONTOLOGY = "https://w3id.org/newsgraph/ns";

  public static final Node Entity = term("Entity");
  public static final Node context = term("context");
  public static final Node extractor = term("extractor");
  public static final Node suffix = term("suffix");

  private NG() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }
}
