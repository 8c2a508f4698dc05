package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.newsgraph.rdf.IriScheme;

/**
 * One of the server's browser pages, an HTML file of {@code assets/} with the graph's base IRI
 * filled in where it says {@code ${base}}: the graph view ({@code graph.html}, whose script draws
 * {@code /export?format=cyjs} with the vendored Cytoscape.js and links each node to its linked-data
 * page) and the SPARQL editor ({@code query.html}, the vendored YASGUI on {@code /kg/sparql}).
 */
public final class PageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final byte[] page;

  /** The page {@code assets/<name>}. */
  public PageServlet(String name, IriScheme iris) {
    String resource = AssetServlet.ROOT + name;
    try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream(resource)) {
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
    Responses.ok(response, "text/html; charset=utf-8", page);
  }
}
