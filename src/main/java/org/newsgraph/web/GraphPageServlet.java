package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.newsgraph.rdf.IriScheme;

/**
 * The interactive graph view at {@code /graph}: {@code assets/graph.html} with the graph's base IRI
 * filled in, so that its script can link each node to its linked-data page. The script ({@code
 * assets/graph.js}) draws {@code /export?format=cyjs} with the vendored Cytoscape.js.
 */
public final class GraphPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final byte[] page;

  public GraphPageServlet(IriScheme iris) {
    String resource = AssetServlet.ROOT + "graph.html";
    try (InputStream in = GraphPageServlet.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": not on the classpath");
      }
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      this.page =
          template.replace("${base}", Html.escape(iris.base())).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html; charset=utf-8");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }
}
