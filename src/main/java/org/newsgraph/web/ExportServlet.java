package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.export.GraphFormat;
import org.newsgraph.export.GraphWriter;
import org.newsgraph.export.Projection;
import org.newsgraph.export.PropertyGraph;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.rdf.RdfFormat;
import org.newsgraph.rdf.RdfOutput;

/**
 * The whole graph for download: {@code /export?format=graphml|gexf|dot|cyjs} for graph tools
 * (labels in {@code lang}, English by default) or {@code format=trig|nq|ttl|nt|jsonld|rdfxml} for
 * RDF, the same as the {@code export} command. Each answer names a file to save it as.
 */
public final class ExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient DatasetGraph dataset;
  private final transient IriScheme iris;

  public ExportServlet(DatasetGraph dataset, IriScheme iris) {
    this.dataset = dataset;
    this.iris = iris;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String format = request.getParameter("format");
    String language = request.getParameter("lang");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String mediaType;
    if (format != null && GraphFormat.isGraphFormat(format)) {
      GraphFormat graphFormat = GraphFormat.named(format);
      PropertyGraph graph = Projection.of(dataset, iris, language == null ? "en" : language);
      GraphWriter.write(graph, graphFormat, out);
      mediaType = graphFormat.mediaType();
    } else if (format != null && RdfFormat.find(format).isPresent()) {
      RdfFormat rdfFormat = RdfFormat.named(format);
      Txn.executeRead(dataset, () -> RdfOutput.write(dataset, rdfFormat, out));
      mediaType = rdfFormat.lang().getContentType().getContentTypeStr();
    } else {
      Responses.error(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "format '"
              + format
              + "': expected a graph format ("
              + GraphFormat.names()
              + ") or an RDF format ("
              + RdfFormat.names()
              + ")");
      return;
    }
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"newsgraph." + format.toLowerCase(Locale.ROOT) + "\"");
    Responses.ok(response, mediaType + "; charset=utf-8", out.toByteArray());
  }
}
