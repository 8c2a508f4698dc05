package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the browser assets under {@code /assets/} from the jar ({@code
 * org/newsgraph/web/assets/}): our own scripts and styles and the vendored libraries. Only plain
 * names of known types are served, so a path cannot climb out of the folder.
 */
public final class AssetServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Where the assets are on the classpath. */
  static final String ROOT = "org/newsgraph/web/assets/";

  private static final Pattern SAFE_PATH =
      Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*" + "[A-Za-z0-9_-][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "html", "text/html; charset=utf-8",
          "json", "application/json",
          "md", "text/markdown; charset=utf-8");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
    if (!SAFE_PATH.matcher(path).matches() || type == null && !path.endsWith("LICENSE")) {
      Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "no asset '" + path + "'");
      return;
    }
    try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(ROOT + path)) {
      if (in == null) {
        Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "no asset '" + path + "'");
        return;
      }
      byte[] body = in.readAllBytes();
      response.setHeader("Cache-Control", "public, max-age=3600");
      Responses.ok(response, type == null ? "text/plain; charset=utf-8" : type, body);
    }
  }
}
