package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.NewsgraphConfig;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServerSettings;
import org.newsgraph.store.GraphStore;

/**
 * What the serving parts cost, each beside a baseline answered by the same server over real HTTP
 * in the same rounds: an entity's linked-data description against Jena's own {@code DESCRIBE} of
 * it through the SPARQL endpoint, and the graph-tool exports against Jena's TriG writer of the
 * whole store. Prints a Markdown report.
 */
public final class ServingBench {
  private static final int WARMUP = 20;
  private static final int ROUNDS = 50;

  private ServingBench() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath();
    NewsgraphConfig config = NewsgraphConfig.builder().dataDir(repo.resolve("data")).build();
    Pipeline pipeline = Pipeline.create(config);
    Path dir = Files.createTempDirectory("bench-serving");
    try (GraphStore store = GraphStore.open(dir)) {
      pipeline.load(store, pipeline.articleFiles());
      try (NewsgraphServer server =
          NewsgraphServer.start(
              store.dataset(),
              pipeline.gate().ontology(),
              IriScheme.defaults(),
              ServerSettings.builder().port(0).build())) {
        run(server);
      }
    }
  }

  private static void run(NewsgraphServer server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String url = server.url();
    String entity = IriScheme.DEFAULT_BASE + "id/org/01-ai";
    String describe =
        server.sparqlUrl()
            + "?query="
            + URLEncoder.encode("DESCRIBE <" + entity + ">", StandardCharsets.UTF_8);
    System.out.println("## Serving costs\n");
    System.out.printf(
        "Rounds: %d after %d warm-up; both sides of a row alternate in every round; load average"
            + " at start: %s%n%n",
        ROUNDS, WARMUP, Report.loadAverage());
    System.out.println(
        "| request | median ms | bytes | baseline request | median ms | bytes | ratio |");
    System.out.println("|---|---:|---:|---|---:|---:|---:|");
    pair(http, "`/id/org/01-ai` (Turtle)", url + "/id/org/01-ai", "text/turtle",
        "`DESCRIBE` of it at `/kg/sparql` (Turtle)", describe, "text/turtle");
    pair(http, "`/id/org/01-ai` (HTML page)", url + "/id/org/01-ai", "text/html",
        "`DESCRIBE` of it at `/kg/sparql` (Turtle)", describe, "text/turtle");
    for (String format : List.of("graphml", "gexf", "dot", "cyjs")) {
      pair(http, "`/export?format=" + format + "`", url + "/export?format=" + format, "*/*",
          "`/export?format=trig`", url + "/export?format=trig", "*/*");
    }
    System.out.printf("%nLoad average at the end: %s%n", Report.loadAverage());
  }

  private static void pair(
      HttpClient http, String name, String url, String accept, String baseName, String baseUrl,
      String baseAccept) throws IOException, InterruptedException {
    List<Long> ours = new ArrayList<>();
    List<Long> base = new ArrayList<>();
    int oursBytes = 0;
    int baseBytes = 0;
    for (int round = 0; round < WARMUP + ROUNDS; round++) {
      boolean oursFirst = round % 2 == 0;
      long[] a = get(http, oursFirst ? url : baseUrl, oursFirst ? accept : baseAccept);
      long[] b = get(http, oursFirst ? baseUrl : url, oursFirst ? baseAccept : accept);
      long[] o = oursFirst ? a : b;
      long[] x = oursFirst ? b : a;
      if (round >= WARMUP) {
        ours.add(o[0]);
        base.add(x[0]);
      }
      oursBytes = (int) o[1];
      baseBytes = (int) x[1];
    }
    double om = median(ours) / 1e6;
    double bm = median(base) / 1e6;
    System.out.printf(
        "| %s | %.2f | %,d | %s | %.2f | %,d | %.2f× |%n",
        name, om, oursBytes, baseName, bm, baseBytes, om / bm);
  }

  /** One GET: its time in ns and its body's size; fails on anything but 200. */
  private static long[] get(HttpClient http, String url, String accept)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
    long t0 = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long t1 = System.nanoTime();
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + ": HTTP " + response.statusCode());
    }
    return new long[] {t1 - t0, response.body().length};
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
