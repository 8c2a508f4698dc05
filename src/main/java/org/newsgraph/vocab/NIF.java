package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of NIF 2.0 Core, used for article texts and mentions. */
public final class NIF {
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  public static final Node Context = term("Context");
  public static final Node Phrase = term("Phrase");
  public static final Node String = term("String");
  public static final Node Sentence = term("Sentence");
  public static final Node isString = term("isString");
  public static final Node beginIndex = term("beginIndex");
  public static final Node endIndex = term("endIndex");
  public static final Node anchorOf = term("anchorOf");
  public static final Node referenceContext = term("referenceContext");

  private NIF() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }
}
