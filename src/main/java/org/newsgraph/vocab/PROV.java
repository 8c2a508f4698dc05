package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of PROV-O used on statement nodes. */
public final class PROV {
  public static final String NS = "http://www.w3.org/ns/prov#";

  public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");

  private PROV() {}
}
