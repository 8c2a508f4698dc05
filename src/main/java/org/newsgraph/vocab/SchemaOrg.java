package org.newsgraph.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of schema.org (https namespace), used for articles and alignment. */
public final class SchemaOrg {
  public static final String NS = "https://schema.org/";

  public static final Node NewsArticle = term("NewsArticle");
  public static final Node headline = term("headline");
  public static final Node inLanguage = term("inLanguage");
  public static final Node datePublished = term("datePublished");
  public static final Node url = term("url");
  public static final Node sameAs = term("sameAs");
  public static final Node mentions = term("mentions");

  private SchemaOrg() {}

  private static Node term(String local) {
    return NodeFactory.createURI(NS + local);
  }
}
