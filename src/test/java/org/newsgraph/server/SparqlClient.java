package org.newsgraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain HTTP client for SPARQL endpoints (java.net.http and Jackson, no Jena), so tests check the
 * server as any outside client would.
 */
public final class SparqlClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String endpoint;

  public SparqlClient(String endpoint) {
    this.endpoint = endpoint;
  }

  /** Runs a SELECT by POST and returns each row as variable → lexical value. */
  public List<Map<String, String>> select(String query) throws IOException, InterruptedException {
    HttpResponse<String> response = post("query", query, "application/sparql-results+json");
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode binding : JSON.readTree(response.body()).path("results").path("bindings")) {
      Map<String, String> row = new TreeMap<>();
      binding.properties().forEach(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
      rows.add(row);
    }
    return rows;
  }

  public HttpResponse<String> post(String parameter, String text, String accept)
      throws IOException, InterruptedException {
    String form = parameter + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoint))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String url, String accept)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
