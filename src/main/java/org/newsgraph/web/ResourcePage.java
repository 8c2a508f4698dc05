package org.newsgraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;
import org.newsgraph.vocab.PROV;

/**
 * The HTML page of one resource: its names, its facts each with the words of the article that state
 * it, the claims it takes part in, where it is mentioned, and every triple of its {@link
 * Description}. IRIs under the graph's base link to this server's pages; others link out.
 */
final class ResourcePage {
  /** Incoming triples shown at most (mention spans of a popular entity can be many). */
  private static final int MAX_INCOMING = 300;

  private final Node resource;
  private final Graph description;
  private final Graph labels;
  private final String base;
  private final StringBuilder html = new StringBuilder();

  private ResourcePage(Node resource, Graph description, Graph labels, String base) {
    this.resource = resource;
    this.description = description;
    this.labels = labels;
    this.base = base;
  }

  /**
   * The page of {@code resource}, whose description is {@code description}; {@code labels} (the
   * store's union graph, ontology included) names properties and classes.
   */
  static String render(Node resource, Graph description, Graph labels, String base) {
    return new ResourcePage(resource, description, labels, base).page();
  }

  private String page() {
    String title = name(resource);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(title))
        .append(" · newsgraph</title>\n");
    for (Negotiation.Offer offer : Negotiation.RDF_AND_HTML) {
      if (!offer.format().equals("html")) {
        html.append("<link rel=\"alternate\" type=\"")
            .append(offer.mediaType())
            .append("\" href=\"?format=")
            .append(offer.format())
            .append("\">\n");
      }
    }
    html.append("<style>body{font-family:sans-serif;max-width:70em;margin:auto;padding:1em}")
        .append("table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;")
        .append("padding:.2em .5em;text-align:left;vertical-align:top}")
        .append("q{background:#fff6cc}code{background:#f4f4f4}</style>\n</head>\n<body>\n")
        .append("<p><code>")
        .append(Html.escape(resource.getURI()))
        .append("</code></p>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n");
    types();
    html.append("<p><a href=\"/graph?focus=")
        .append(Html.escape(URLEncoder.encode(resource.getURI(), StandardCharsets.UTF_8)))
        .append("\">See it in the graph view</a></p>\n");
    names();
    facts();
    claims();
    mentions();
    triples();
    html.append("<p>Other formats: <a href=\"?format=ttl\">Turtle</a>, ")
        .append("<a href=\"?format=jsonld\">JSON-LD</a>, <a href=\"?format=nt\">N-Triples</a>, ")
        .append("<a href=\"?format=rdfxml\">RDF/XML</a>.</p>\n</body>\n</html>\n");
    return html.toString();
  }

  private void types() {
    List<Node> types = objects(resource, RDF.type.asNode());
    if (!types.isEmpty()) {
      html.append("<p>A ")
          .append(String.join(", ", types.stream().map(this::link).toList()))
          .append(".</p>\n");
    }
  }

  private void names() {
    List<Triple> names =
        List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel).stream()
            .flatMap(p -> description.find(resource, p.asNode(), Node.ANY).toList().stream())
            .filter(t -> t.getObject().isLiteral())
            .toList();
    if (names.isEmpty()) {
      return;
    }
    html.append("<h2>Names</h2>\n<ul>\n");
    for (Triple t : names) {
      String lang = t.getObject().getLiteralLanguage();
      html.append("<li lang=\"")
          .append(Html.escape(lang))
          .append("\">")
          .append(Html.escape(t.getObject().getLiteralLexicalForm()))
          .append(" <small>(")
          .append(Html.escape(lang))
          .append(", ")
          .append(Html.escape(t.getPredicate().getLocalName()))
          .append(")</small></li>\n");
    }
    html.append("</ul>\n");
  }

  private void facts() {
    List<Node> statements = withType(NG.Statement);
    if (statements.isEmpty()) {
      return;
    }
    html.append("<h2>Facts, and where the text says so</h2>\n<table>\n")
        .append("<tr><th>subject</th><th>property</th><th>object</th><th>evidence</th>")
        .append("<th>confidence</th></tr>\n");
    for (Node st : statements) {
      html.append("<tr><td>")
          .append(cell(one(st, NG.subject)))
          .append("</td><td>")
          .append(cell(one(st, NG.predicate)))
          .append("</td><td>")
          .append(cell(one(st, NG.object) != null ? one(st, NG.object) : one(st, NG.objectValue)))
          .append("</td><td>")
          .append(evidence(st))
          .append("</td><td>")
          .append(cell(one(st, NG.confidence)))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void claims() {
    List<Node> claims = withType(NG.Claim);
    if (claims.isEmpty()) {
      return;
    }
    html.append("<h2>Claims</h2>\n<table>\n")
        .append("<tr><th>speaker</th><th>modality</th><th>what was said</th></tr>\n");
    for (Node claim : claims) {
      html.append("<tr><td>")
          .append(cell(one(claim, NG.speaker)))
          .append("</td><td>")
          .append(cell(one(claim, NG.modality)))
          .append("</td><td>")
          .append(evidence(claim))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void mentions() {
    List<Node> counts =
        description.find(Node.ANY, NG.ofEntity, resource).mapWith(Triple::getSubject).toList();
    if (counts.isEmpty()) {
      return;
    }
    html.append("<h2>Mentioned in</h2>\n<ul>\n");
    for (Node count : counts) {
      html.append("<li>")
          .append(cell(one(count, NG.inArticle)))
          .append(": ")
          .append(cell(one(count, NG.count)))
          .append(" times</li>\n");
    }
    html.append("</ul>\n");
  }

  private void triples() {
    html.append("<h2>All triples</h2>\n<table>\n<tr><th>property</th><th>value</th></tr>\n");
    for (Triple t : sorted(description.find(resource, Node.ANY, Node.ANY).toList())) {
      html.append("<tr><td>")
          .append(link(t.getPredicate()))
          .append("</td><td>")
          .append(cell(t.getObject()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n<h3>Linked from</h3>\n<table>\n")
        .append("<tr><th>resource</th><th>property</th></tr>\n");
    List<Triple> incoming = sorted(description.find(Node.ANY, Node.ANY, resource).toList());
    for (Triple t : incoming.subList(0, Math.min(MAX_INCOMING, incoming.size()))) {
      html.append("<tr><td>")
          .append(cell(t.getSubject()))
          .append("</td><td>")
          .append(link(t.getPredicate()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
    if (incoming.size() > MAX_INCOMING) {
      html.append("<p>… and ")
          .append(incoming.size() - MAX_INCOMING)
          .append(" more (all are in the RDF formats).</p>\n");
    }
  }

  /** The quoted evidence of a statement or claim, linked to its place in the article. */
  private String evidence(Node statement) {
    Node span = one(statement, NG.evidence);
    Node article =
        objects(statement, PROV.wasDerivedFrom).stream()
            .filter(n -> n.isURI() && !n.getURI().contains("#"))
            .findFirst()
            .orElse(null);
    if (span == null) {
      return "";
    }
    Node words = one(span, NIF.anchorOf);
    return "<q>"
        + Html.escape(words == null ? "" : words.getLiteralLexicalForm())
        + "</q> <small><a href=\""
        + Html.escape(href(span.getURI()))
        + "\">"
        + Html.escape(article == null ? "in the article" : name(article))
        + "</a></small>";
  }

  private List<Node> withType(Node type) {
    return description
        .find(Node.ANY, RDF.type.asNode(), type)
        .mapWith(Triple::getSubject)
        .toList()
        .stream()
        .sorted(Comparator.comparing(Node::toString))
        .toList();
  }

  private List<Node> objects(Node subject, Node property) {
    return description.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
  }

  private Node one(Node subject, Node property) {
    List<Node> values = objects(subject, property);
    return values.isEmpty() ? null : values.get(0);
  }

  private String cell(Node node) {
    if (node == null) {
      return "";
    }
    if (node.isURI()) {
      return link(node);
    }
    if (node.isLiteral() && node.getLiteralValue() instanceof Double d) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    if (node.isLiteral()) {
      String lang = node.getLiteralLanguage();
      return Html.escape(node.getLiteralLexicalForm())
          + (lang.isEmpty() ? "" : " <small>@" + Html.escape(lang) + "</small>");
    }
    return Html.escape(node.toString());
  }

  private String link(Node node) {
    return "<a href=\""
        + Html.escape(href(node.getURI()))
        + "\">"
        + Html.escape(name(node))
        + "</a>";
  }

  /** This server's path for an IRI under the base, else the IRI. */
  private String href(String iri) {
    return iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
  }

  private String name(Node node) {
    String label = Description.label(description, node, "en");
    if (label == null) {
      label = Description.label(labels, node, "en");
    }
    if (label != null) {
      return label;
    }
    String iri = node.getURI();
    return iri.startsWith(base) ? iri.substring(base.length()) : iri;
  }

  private static List<Triple> sorted(List<Triple> triples) {
    return triples.stream()
        .sorted(
            Comparator.comparing((Triple t) -> t.getPredicate().toString())
                .thenComparing(t -> t.getSubject().toString())
                .thenComparing(t -> t.getObject().toString()))
        .toList();
  }
}
