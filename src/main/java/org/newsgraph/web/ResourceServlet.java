package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.rdf.Prefixes;

/**
 * Publishes every resource of the graph as linked data: a GET of a path under this servlet is
 * answered with the {@link Description} of the IRI made of the graph's base and that path ({@code
 * /id/org/01-ai} → {@code <BASE>id/org/01-ai}), read from the asserted named graphs (materialised
 * inferences stay in SPARQL), as Turtle, JSON-LD, N-Triples, RDF/XML or an HTML page by content
 * negotiation ({@code ?format=} overrides it); 404 when the graph does not know the IRI, 406 when
 * no representation fits.
 */
public final class ResourceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient DatasetGraph dataset;
  private final String base;
  private final transient Node inferredGraph;
  private final transient Negotiation negotiation = new Negotiation(Negotiation.RDF_AND_HTML);

  public ResourceServlet(DatasetGraph dataset, IriScheme iris) {
    this.dataset = dataset;
    this.base = iris.base();
    this.inferredGraph = iris.inferredGraph();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    String path = request.getRequestURI();
    Node resource = NodeFactory.createURI(base + path.substring(1));
    Optional<Negotiation.Offer> chosen = negotiation.choose(request);
    if (chosen.isEmpty()) {
      Responses.error(
          response,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "resources are available as " + negotiation.available());
      return;
    }
    byte[] body = Txn.calculateRead(dataset, () -> render(resource, chosen.get().format()));
    if (body == null) {
      Responses.error(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "<"
              + resource.getURI()
              + "> is not in this graph: expected the IRI of an entity,"
              + " an article or a statement (see /kg/sparql to look for one)");
      return;
    }
    Responses.ok(response, chosen.get().mediaType() + "; charset=utf-8", body);
  }

  /** The representation, or null when the graph says nothing of {@code resource}. */
  private byte[] render(Node resource, String format) {
    List<Node> asserted = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(asserted::add);
    asserted.remove(inferredGraph);
    Graph union = new GraphUnionRead(dataset, asserted);
    Graph description = Description.of(union, resource);
    if (description.isEmpty()) {
      return null;
    }
    if (format.equals("html")) {
      return ResourcePage.render(resource, description, union, base)
          .getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    description.getPrefixMapping().setNsPrefixes(Prefixes.standard().getMapping());
    RDFWriter.source(description).format(rdfFormat(format)).output(out);
    return out.toByteArray();
  }

  private static RDFFormat rdfFormat(String format) {
    return switch (format) {
      case "jsonld" -> RDFFormat.JSONLD11;
      case "nt" -> RDFFormat.NTRIPLES;
      case "rdfxml" -> RDFFormat.RDFXML_PRETTY;
      default -> RDFFormat.TURTLE_PRETTY;
    };
  }
}
