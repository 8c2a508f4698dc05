package org.newsgraph.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How every servlet of the server answers: a whole body with its type and length. */
final class Responses {
  private Responses() {}

  /** Answers 200 with {@code body} of {@code contentType}. */
  static void ok(HttpServletResponse response, String contentType, byte[] body) throws IOException {
    send(response, HttpServletResponse.SC_OK, contentType, body);
  }

  /**
   * Answers with {@code status} and {@code message} as plain text (Jetty's error pages are empty).
   */
  static void error(HttpServletResponse response, int status, String message) throws IOException {
    send(
        response,
        status,
        "text/plain; charset=utf-8",
        (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void send(
      HttpServletResponse response, int status, String contentType, byte[] body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
