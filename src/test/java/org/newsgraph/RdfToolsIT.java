package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.RdfFormat;
import org.newsgraph.rdf.RdfOutput;

/**
 * Independent parsers read what convert writes: Debian's rapper (Raptor) and Python's rdflib must
 * count exactly the triples Jena wrote. .ci/run installs both; a machine without them skips these
 * tests with a message saying what is missing.
 */
class RdfToolsIT {
  private static final Pattern RAPPER_COUNT =
      Pattern.compile("returned (\\d+) (triples|statements)");

  @TempDir static Path tmp;
  private static ConvertedArticle converted;
  private static long triples;

  @BeforeAll
  static void convert() {
    converted = Pipeline.create(TestFiles.config()).convertValidated(TestFiles.seedArticle());
    triples = RdfOutput.union(converted.toDataset()).size();
  }

  private static Path write(RdfFormat format) throws IOException {
    Path file = tmp.resolve("seed." + format.shortName());
    try (OutputStream out = Files.newOutputStream(file)) {
      RdfOutput.write(converted.toDataset(), format, out);
    }
    return file;
  }

  @ParameterizedTest(name = "rapper reads {0}")
  @CsvSource({"nt,ntriples", "ttl,turtle", "rdfxml,rdfxml", "trig,trig", "nq,nquads"})
  void rapperCountsTheSameTriples(String format, String rapperSyntax) throws Exception {
    assumeTrue(
        Tools.onPath("rapper"),
        "rapper is not installed (Debian package raptor2-utils; .ci/run installs it)");
    Path file = write(RdfFormat.named(format));
    Tools.Result result = Tools.run(List.of("rapper", "-i", rapperSyntax, "-c", file.toString()));
    assertThat(result.exitCode()).as(result.output()).isZero();
    Matcher m = RAPPER_COUNT.matcher(result.output());
    assertThat(m.find()).as(result.output()).isTrue();
    assertThat(Long.parseLong(m.group(1))).isEqualTo(triples);
  }

  @ParameterizedTest(name = "rdflib reads {0}")
  @CsvSource({"jsonld,json-ld", "trig,trig", "ttl,turtle", "rdfxml,xml", "nq,nquads"})
  void rdflibCountsTheSameTriples(String format, String rdflibFormat) throws Exception {
    String python = Tools.pythonWith("rdflib");
    assumeTrue(
        python != null,
        "no python3 with rdflib (Debian package python3-rdflib; .ci/run installs it)");
    Path file = write(RdfFormat.named(format));
    String script =
        "import sys, rdflib\n"
            + "d = rdflib.Dataset()\n"
            + "d.parse(sys.argv[1], format=sys.argv[2])\n"
            + "print(len(set((s, p, o) for s, p, o, g in d.quads((None, None, None, None)))))\n";
    Tools.Result result = Tools.run(List.of(python, "-c", script, file.toString(), rdflibFormat));
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(Long.parseLong(result.output().strip().lines().reduce((a, b) -> b).orElse("")))
        .isEqualTo(triples);
  }
}
