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
  public static final Node linkingRule = term("linkingRule");
  public static final Node alternativeEntity = term("alternativeEntity");
  public static final Node antecedent = term("antecedent");
  public static final Node MentionCount = term("MentionCount");
  public static final Node ofEntity = term("ofEntity");
  public static final Node inArticle = term("inArticle");
  public static final Node count = term("count");

  public static final Node CandidateEntity = term("CandidateEntity");
  public static final Node candidate = term("candidate");
  public static final Node candidateType = term("candidateType");

  public static final Node Statement = term("Statement");
  public static final Node subject = term("subject");
  public static final Node predicate = term("predicate");
  public static final Node object = term("object");
  public static final Node objectValue = term("objectValue");
  public static final Node evidence = term("evidence");
  public static final Node sentence = term("sentence");
  public static final Node rule = term("rule");
  public static final Node confidence = term("confidence");
  public static final Node dateText = term("dateText");

  public static final Node Claim = term("Claim");
  public static final Node speaker = term("speaker");
  public static final Node modality = term("modality");
  public static final Node about = term("about");
  public static final Node reportedIn = term("reportedIn");
  public static final Node quantity = term("quantity");

  private NG() {}

  /** The ng: term with local name {@code local}. */
  public static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }
}
