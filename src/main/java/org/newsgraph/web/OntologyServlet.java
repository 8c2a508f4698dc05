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
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
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

  /** One rendered form of the ontology. */
  private record Representation(String mediaType, byte[] body) {}

  private final transient Map<String, Representation> byFormat = new LinkedHashMap<>();
  private final transient AcceptList offers;

  public OntologyServlet(Graph ontology) {
    put("ttl", "text/turtle", rdf(ontology, RDFFormat.TURTLE_PRETTY));
    put("html", "text/html", OntologyPage.render(ontology).getBytes(StandardCharsets.UTF_8));
    put("jsonld", "application/ld+json", rdf(ontology, RDFFormat.JSONLD11));
    put("nt", "application/n-triples", rdf(ontology, RDFFormat.NTRIPLES));
    put("rdfxml", "application/rdf+xml", rdf(ontology, RDFFormat.RDFXML_PRETTY));
    offers =
        AcceptList.create(
            byFormat.values().stream().map(Representation::mediaType).toArray(String[]::new));
  }

  private void put(String format, String mediaType, byte[] body) {
    byFormat.put(format, new Representation(mediaType, body));
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
    Optional<Representation> chosen = choose(request);
    if (chosen.isEmpty()) {
      response.sendError(
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "the ontology is available as "
              + String.join(", ", byFormat.keySet())
              + " (?format=) or as "
              + offers);
      return;
    }
    Representation representation = chosen.get();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(representation.mediaType() + "; charset=utf-8");
    response.setContentLength(representation.body().length);
    response.getOutputStream().write(representation.body());
  }

  private Optional<Representation> choose(HttpServletRequest request) {
    String format = request.getParameter("format");
    if (format != null) {
      return Optional.ofNullable(byFormat.get(format));
    }
    String accept = request.getHeader("Accept");
    AcceptList asked = new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept);
    MediaType match = AcceptList.match(asked, offers);
    if (match == null) {
      return Optional.empty();
    }
    return byFormat.values().stream()
        .filter(r -> r.mediaType().equals(match.getContentTypeStr()))
        .findFirst();
  }
}
