package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * Serves the ontology at its namespace path with content negotiation: Turtle (the default for
 * {@code *}{@code /*}), JSON-LD, N-Triples, RDF/XML, or the generated HTML documentation for
 * browsers. {@code ?format=ttl|jsonld|nt|rdfxml|html} overrides the Accept header. Every
 * representation is rendered once, when the server starts.
 */
public final class OntologyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, byte[]> bodies = new LinkedHashMap<>();
  private final transient Negotiation negotiation = new Negotiation(Negotiation.RDF_AND_HTML);

  public OntologyServlet(Graph ontology) {
    bodies.put("ttl", rdf(ontology, RDFFormat.TURTLE_PRETTY));
    bodies.put("html", OntologyPage.render(ontology).getBytes(StandardCharsets.UTF_8));
    bodies.put("jsonld", rdf(ontology, RDFFormat.JSONLD11));
    bodies.put("nt", rdf(ontology, RDFFormat.NTRIPLES));
    bodies.put("rdfxml", rdf(ontology, RDFFormat.RDFXML_PRETTY));
  }

  private static byte[] rdf(Graph graph, RDFFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(graph).format(format).output(out);
    return out.toByteArray();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    Optional<Negotiation.Offer> chosen = negotiation.choose(request);
    if (chosen.isEmpty()) {
      Responses.error(
          response,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "the ontology is available as " + negotiation.available());
      return;
    }
    byte[] body = bodies.get(chosen.get().format());
    Responses.ok(response, chosen.get().mediaType() + "; charset=utf-8", body);
  }
}
