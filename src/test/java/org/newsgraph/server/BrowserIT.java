package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestFiles;
import org.newsgraph.export.Projection;
import org.newsgraph.export.PropertyGraph;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.shapes.ShapesGate;
import org.newsgraph.store.GraphStore;

/**
 * The browser pages in a real browser: headless Chromium loads them from a real server and runs
 * their scripts with the vendored libraries. The DOM it leaves shows, for {@code /graph}, the
 * graph's size and, with {@code ?focus=}, an entity's facts with their evidence; for {@code
 * /query?run}, YASGUI's table of answers from the endpoint. .ci/run installs Debian's chromium; a
 * machine without it skips these tests saying so.
 */
class BrowserIT {
  @TempDir static Path tmp;
  private static GraphStore store;
  private static NewsgraphServer server;

  @BeforeAll
  static void start() {
    store = TestFiles.loadedStore(tmp.resolve("store"));
    server =
        NewsgraphServer.start(
            store.dataset(),
            ShapesGate.standard().ontology(),
            IriScheme.defaults(),
            ServerSettings.builder().port(0).build());
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  /** The DOM after the page's scripts ran, as headless Chromium dumps it. */
  private static String dom(String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "chromium-");
    Process chromium =
        new ProcessBuilder(
                List.of(
                    "chromium",
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + profile,
                    "--virtual-time-budget=20000",
                    "--dump-dom",
                    url))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
    }
    return out;
  }

  private static boolean chromiumInstalled() throws InterruptedException {
    try {
      return new ProcessBuilder("sh", "-c", "command -v chromium").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void drawsEveryNodeAndFactOfTheGraph() throws Exception {
    assumeTrue(
        chromiumInstalled(), "chromium is not installed (Debian package; .ci/run installs it)");
    PropertyGraph graph = Projection.of(store.dataset(), IriScheme.defaults(), "en");
    String dom = dom(server.url() + NewsgraphServer.GRAPH_PATH);
    assertThat(dom)
        .as(dom)
        .contains(
            "data-nodes=\"" + graph.nodes().size() + "\" data-edges=\"" + graph.edges().size())
        .contains(graph.nodes().size() + " nodes, " + graph.edges().size() + " facts");
  }

  @Test
  void focusesAnEntityAndShowsTheWordsThatStateItsFacts() throws Exception {
    assumeTrue(
        chromiumInstalled(), "chromium is not installed (Debian package; .ci/run installs it)");
    String lee = IriScheme.DEFAULT_BASE + "id/person/kai-fu-lee";
    String dom =
        dom(
            server.url()
                + NewsgraphServer.GRAPH_PATH
                + "?focus="
                + URLEncoder.encode(lee, StandardCharsets.UTF_8));
    assertThat(dom)
        .as(dom)
        .contains("<h2>Kai-Fu Lee</h2>")
        .contains("<q>शून्य एकचे सीईओ ली कै-फु</q>")
        .contains("href=\"/id/person/kai-fu-lee\"");
  }

  @Test
  void theQueryEditorAsksTheEndpointAndShowsTheAnswersWithTheirEvidence() throws Exception {
    assumeTrue(
        chromiumInstalled(), "chromium is not installed (Debian package; .ci/run installs it)");
    String dom = dom(server.url() + NewsgraphServer.QUERY_PATH + "?run");
    assertThat(dom)
        .as(dom)
        .contains("yasr_results")
        .contains("Kai-Fu Lee")
        .contains("शून्य एकचे सीईओ ली कै-फु");
  }
}
