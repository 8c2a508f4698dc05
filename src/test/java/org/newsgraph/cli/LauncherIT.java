package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestFiles;
import org.newsgraph.server.SparqlClient;

/**
 * The README's run command, as a user types it: {@code ./newsgraph serve} in a separate process,
 * with the jar the build just made, answering SPARQL on the port it logs.
 */
class LauncherIT {
  private static final Pattern PORT = Pattern.compile("on port (\\d+)");

  @TempDir Path tmp;

  @Test
  void serveBuildsTheStoreAndAnswersSparqlOnTheLoggedPort() throws Exception {
    Path launcher = TestFiles.project().resolve("newsgraph");
    Process process =
        new ProcessBuilder(
                launcher.toString(),
                "serve",
                "--port",
                "0",
                "--store",
                tmp.resolve("store").toString())
            .redirectErrorStream(true)
            .start();
    try {
      List<String> log = new ArrayList<>();
      int port = awaitPort(process, log);
      SparqlClient client = new SparqlClient("http://localhost:" + port + "/kg/sparql");
      List<Map<String, String>> rows =
          client.select(
              "SELECT ?label WHERE { <https://w3id.org/newsgraph/id/org/01-ai>"
                  + " <http://www.w3.org/2004/02/skos/core#prefLabel> ?label FILTER(lang(?label) = 'mr') }");
      assertThat(rows).extracting(r -> r.get("label")).containsExactly("शून्य एक");
      assertThat(String.join("\n", log)).containsPattern("loading \\d+ article\\(s\\)");
    } finally {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static int awaitPort(Process process, List<String> log) throws Exception {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    String line;
    while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
      log.add(line);
      Matcher m = PORT.matcher(line);
      if (m.find()) {
        Thread reading = new Thread(() -> reader.lines().forEach(l -> {}));
        reading.setDaemon(true);
        reading.start();
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError(
        "the server never logged its port; output:\n" + String.join("\n", log));
  }

  @Test
  void aBadArticleThroughTheLauncherExitsOneWithTheFileNamed() throws Exception {
    Path bad = TestFiles.resource("articles/bad/unknown-language.txt");
    Process process =
        new ProcessBuilder(
                TestFiles.project().resolve("newsgraph").toString(), "convert", bad.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isEqualTo(1);
    assertThat(output).contains(bad.toString()).contains("unknown language code 'xx'");
  }
}
