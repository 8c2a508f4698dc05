package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the ITS 2.0 RDF vocabulary, used to link mentions to entities. */
public final class ITSRDF {
  public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

  public static final Node taIdentRef = term("taIdentRef");
  public static final Node taConfidence = term("taConfidence");

  private ITSRDF() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }
}
