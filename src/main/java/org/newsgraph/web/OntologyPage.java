package org.newsgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.vocab.NG;

/**
 * The ontology's documentation as one HTML page, generated from the ontology itself (in the spirit
 * of pyLODE and Widoco): metadata, then every class, property and named individual with its label,
 * definition and place in the hierarchy. Terms outside the ng: namespace appear as links.
 */
public final class OntologyPage {
  private final Model model;
  private final StringBuilder html = new StringBuilder();

  private OntologyPage(Graph ontology) {
    this.model = ModelFactory.createModelForGraph(ontology);
  }

  /** The page for {@code ontology}. */
  public static String render(Graph ontology) {
    return new OntologyPage(ontology).page();
  }

  private String page() {
    Resource ontology = model.getResource(NG.ONTOLOGY);
    String title = literal(ontology, DCTerms.title).orElse("newsgraph ontology");
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">\n")
        .append("<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}")
        .append("section{border-top:1px solid #ccc;padding:.5em 0}code{background:#f4f4f4}")
        .append("dt{font-weight:bold}</style>\n</head>\n<body>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<dl>\n");
    definition("IRI", code(NG.ONTOLOGY));
    definition("Namespace", code(NG.NS) + " (prefix <code>ng:</code>)");
    ontology
        .listProperties(OWL.versionIRI)
        .forEach(s -> definition("Version IRI", code(s.getResource().getURI())));
    literal(ontology, OWL.versionInfo).ifPresent(v -> definition("Version", Html.escape(v)));
    literal(ontology, DCTerms.description)
        .ifPresent(d -> definition("Description", Html.escape(d)));
    definition(
        "Other formats",
        "<a href=\"?format=ttl\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a>"
            + " (or ask with an Accept header)");
    html.append("</dl>\n");
    termSection("Classes", "classes", terms(OWL.Class));
    termSection("Object properties", "object-properties", terms(OWL.ObjectProperty));
    termSection("Datatype properties", "datatype-properties", terms(OWL.DatatypeProperty));
    termSection("Annotation properties", "annotation-properties", terms(OWL.AnnotationProperty));
    termSection("Named individuals", "individuals", terms(OWL.NamedIndividual));
    return html.append("</body>\n</html>\n").toString();
  }

  private void definition(String term, String valueHtml) {
    html.append("<dt>")
        .append(Html.escape(term))
        .append("</dt><dd>")
        .append(valueHtml)
        .append("</dd>\n");
  }

  private List<Resource> terms(Resource type) {
    List<Resource> terms = new ArrayList<>();
    model
        .listSubjectsWithProperty(RDF.type, type)
        .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(NG.NS))
        .forEach(terms::add);
    terms.sort(Comparator.comparing(Resource::getURI));
    return terms;
  }

  private void termSection(String heading, String id, List<Resource> terms) {
    if (terms.isEmpty()) {
      return;
    }
    html.append("<h2 id=\"")
        .append(id)
        .append("\">")
        .append(Html.escape(heading))
        .append("</h2>\n<p>");
    for (Resource term : terms) {
      html.append("<a href=\"#")
          .append(anchor(term))
          .append("\">ng:")
          .append(Html.escape(term.getLocalName()))
          .append("</a> ");
    }
    html.append("</p>\n");
    terms.forEach(this::termEntry);
  }

  private void termEntry(Resource term) {
    html.append("<section id=\"")
        .append(anchor(term))
        .append("\">\n<h3>")
        .append(Html.escape(literal(term, RDFS.label, "en").orElse(term.getLocalName())))
        .append("</h3>\n<dl>\n");
    definition("IRI", code(term.getURI()));
    literal(term, RDFS.label, "mr").ifPresent(l -> definition("Marathi label", Html.escape(l)));
    literal(term, RDFS.comment, "en").ifPresent(c -> definition("Definition", Html.escape(c)));
    links(term, RDFS.subClassOf, "Subclass of");
    links(term, OWL.equivalentClass, "Equivalent to");
    linksTo(term, RDFS.subClassOf, "Superclass of");
    links(term, RDFS.subPropertyOf, "Subproperty of");
    links(term, OWL.inverseOf, "Inverse of");
    links(term, RDFS.domain, "Domain");
    links(term, RDFS.range, "Range");
    links(term, RDF.type, "Type");
    html.append("</dl>\n</section>\n");
  }

  private void links(Resource term, Property property, String heading) {
    List<String> targets = new ArrayList<>();
    term.listProperties(property).mapWith(Statement::getObject).forEach(o -> targets.add(link(o)));
    if (!targets.isEmpty()) {
      definition(heading, String.join(", ", targets.stream().sorted().toList()));
    }
  }

  private void linksTo(Resource term, Property property, String heading) {
    List<String> sources = new ArrayList<>();
    model.listSubjectsWithProperty(property, term).forEach(s -> sources.add(link(s)));
    if (!sources.isEmpty()) {
      definition(heading, String.join(", ", sources.stream().sorted().toList()));
    }
  }

  private String link(RDFNode node) {
    if (!node.isURIResource()) {
      return Html.escape(node.toString());
    }
    String uri = node.asResource().getURI();
    if (uri.startsWith(NG.NS)) {
      return "<a href=\"#"
          + anchor(node.asResource())
          + "\">ng:"
          + Html.escape(node.asResource().getLocalName())
          + "</a>";
    }
    String shortForm = model.shortForm(uri);
    return "<a href=\"" + Html.escape(uri) + "\">" + Html.escape(shortForm) + "</a>";
  }

  private static String anchor(Resource term) {
    return Html.escape(term.getLocalName());
  }

  private static String code(String iri) {
    return "<code>" + Html.escape(iri) + "</code>";
  }

  private static Optional<String> literal(Resource subject, Property property) {
    return Optional.ofNullable(subject.getProperty(property))
        .map(Statement::getObject)
        .filter(RDFNode::isLiteral)
        .map(o -> o.asLiteral().getLexicalForm());
  }

  private static Optional<String> literal(Resource subject, Property property, String language) {
    return subject
        .listProperties(property)
        .mapWith(Statement::getObject)
        .filterKeep(o -> o.isLiteral() && language.equals(o.asLiteral().getLanguage()))
        .nextOptional()
        .map(o -> o.asLiteral().getLexicalForm());
  }
}
