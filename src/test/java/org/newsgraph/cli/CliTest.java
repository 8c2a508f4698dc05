package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.TestFiles;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.store.GraphStore;

class CliTest {
  private static final String SEED = TestFiles.seedArticle().toString();
  private static final String DATA = TestFiles.dataDir().toString();
  private static final IriScheme IRIS = IriScheme.defaults();
  private static final String ARTICLE_ID = "latepost-kai-fu-lee-2025-01";

  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(
        Stream.concat(Stream.of("--data-dir", DATA), Stream.of(args)).toArray(String[]::new));
  }

  @Test
  void convertOutputParsesBackIsomorphicToWhatLoadStores() {
    Path trig = tmp.resolve("seed.trig");
    assertThat(run("convert", SEED, "--format", "trig", "--out", trig.toString()).exitCode())
        .isZero();
    Path store = tmp.resolve("store");
    CliRun load = run("load", SEED, "--store", store.toString());
    assertThat(load.exitCode()).as(load.err()).isZero();

    DatasetGraph converted = RDFDataMgr.loadDatasetGraph(trig.toString());
    try (GraphStore graphStore = GraphStore.open(store)) {
      DatasetGraph stored = graphStore.dataset();
      Txn.executeRead(
          stored,
          () -> {
            for (Node name : List.of(IRIS.articleGraph(ARTICLE_ID), IRIS.lexiconGraph())) {
              assertThat(converted.getGraph(name).size()).as(name.getURI()).isPositive();
              assertThat(IsoMatcher.isomorphic(converted.getGraph(name), stored.getGraph(name)))
                  .as("graph %s", name)
                  .isTrue();
            }
          });
    }
  }

  @Test
  void convertWritesEveryFormatAndEachParsesBack() {
    for (String format : List.of("trig", "nq", "ttl", "nt", "jsonld", "rdfxml")) {
      CliRun convert = run("convert", SEED, "--format", format);
      assertThat(convert.exitCode()).as(format + ": " + convert.err()).isZero();
      DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
      var lang = org.newsgraph.rdf.RdfFormat.named(format).lang();
      org.apache.jena.riot.RDFParser.fromString(convert.out(), lang).parse(parsed);
      assertThat(parsed.find().hasNext()).as(format).isTrue();
    }
  }

  @Test
  void validateReportsAMissingLabelNamingTheNodeAndTheConstraint() throws IOException {
    CliRun convert = run("convert", SEED, "--format", "nt");
    String withoutMarathiLabel =
        convert
            .out()
            .lines()
            .filter(
                line ->
                    !(line.startsWith("<" + IRIS.base() + "id/org/01-ai>")
                        && line.contains("core#prefLabel")
                        && line.contains("@mr")))
            .reduce("", (a, b) -> a + b + "\n");
    assertThat(withoutMarathiLabel).isNotEqualTo(convert.out());
    Path broken = tmp.resolve("broken.nt");
    Files.writeString(broken, withoutMarathiLabel, StandardCharsets.UTF_8);

    CliRun validate = run("validate", broken.toString());
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out())
        .contains("id/org/01-ai")
        .contains("skos:prefLabel")
        .containsPattern("sh:QualifiedMinCountConstraintComponent|sh:MinCountConstraintComponent");
  }

  @Test
  void validateAcceptsTheSeedArticle() {
    CliRun validate = run("validate", SEED);
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.out()).contains("Conforms");
  }

  static Stream<String> badArticles() {
    return TestFiles.manifestRows(TestFiles.resource("articles/bad/manifest.tsv")).stream()
        .map(r -> r[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArticles")
  void aBadArticleExitsOneNamingTheFileAndLeavesTheStoreAsItWas(String name) {
    Path store = tmp.resolve("store");
    assertThat(run("load", SEED, "--store", store.toString()).exitCode()).isZero();
    DatasetGraph before = snapshot(store);

    Path bad = TestFiles.resource("articles/bad/" + name);
    CliRun load = run("load", SEED, bad.toString(), "--store", store.toString());

    assertThat(load.exitCode()).isEqualTo(1);
    assertThat(load.err()).contains(bad.toString()).contains("newsgraph: error:");
    assertThat(IsoMatcher.isomorphic(before, snapshot(store))).isTrue();
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run("convert").exitCode()).isEqualTo(2);
    CliRun unknownFormat = run("convert", SEED, "--format", "yaml");
    assertThat(unknownFormat.exitCode()).isEqualTo(2);
    assertThat(unknownFormat.err()).contains("'yaml'").contains("trig");
    assertThat(run("no-such-command").exitCode()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("convert", "load", "validate", "serve", "query")) {
      CliRun help = run(command, "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.out()).contains("Usage: newsgraph " + command);
    }
  }

  @Test
  void queryAnswersFromTheStoreAndFromFiles() {
    Path store = tmp.resolve("store");
    assertThat(run("load", SEED, "--store", store.toString()).exitCode()).isZero();
    String ask =
        "SELECT ?label WHERE { ?e skos:prefLabel ?label ; itsrdf:taIdentRef|^itsrdf:taIdentRef ?m"
            + " FILTER(lang(?label) = 'en' && str(?label) = 'Kai-Fu Lee') } LIMIT 1";
    CliRun fromStore = run("query", "-q", ask, "--store", store.toString(), "--format", "csv");
    assertThat(fromStore.exitCode()).as(fromStore.err()).isZero();
    assertThat(fromStore.out()).contains("Kai-Fu Lee");

    Path nq = tmp.resolve("seed.nq");
    assertThat(run("convert", SEED, "--format", "nq", "--out", nq.toString()).exitCode()).isZero();
    CliRun fromFile = run("query", "-q", ask, "--data", nq.toString(), "--format", "json");
    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).contains("\"Kai-Fu Lee\"");
  }

  @Test
  void aBrokenQueryNamesItsPosition() {
    CliRun broken = run("query", "-q", "SELECT * WHERE { ?s ?p }", "--store", tmp.toString());
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.err()).contains("query:1:").contains("not a valid SPARQL query");
  }

  @Test
  void exportWritesTheWholeStoreAsRdfAndAsAGraphForGraphTools() {
    Path store = tmp.resolve("store");
    assertThat(run("load", SEED, "--store", store.toString()).exitCode()).isZero();
    Path trig = tmp.resolve("all.trig");
    CliRun rdf = run("export", "--store", store.toString(), "--out", trig.toString());
    assertThat(rdf.exitCode()).as(rdf.err()).isZero();
    DatasetGraph exported = RDFDataMgr.loadDatasetGraph(trig.toString());
    DatasetGraph stored = snapshot(store);
    assertThat(Iter.count(exported.find())).isEqualTo(Iter.count(stored.find()));
    for (Node name : List.of(IRIS.articleGraph(ARTICLE_ID), IRIS.inferredGraph())) {
      assertThat(IsoMatcher.isomorphic(exported.getGraph(name), stored.getGraph(name)))
          .as("graph %s", name)
          .isTrue();
    }

    CliRun graphml =
        run("export", "--store", store.toString(), "--format", "graphml", "--lang", "mr");
    assertThat(graphml.exitCode()).as(graphml.err()).isZero();
    assertThat(graphml.out()).startsWith("<?xml").contains("<graphml").contains("शून्य एक");

    CliRun bad = run("export", "--store", store.toString(), "--format", "svg");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .contains("unknown export format 'svg'")
        .contains("trig, nq, ttl, nt, jsonld, rdfxml")
        .contains("graphml, gexf, dot, cyjs");
  }

  private static DatasetGraph snapshot(Path store) {
    try (GraphStore graphStore = GraphStore.open(store)) {
      DatasetGraph copy = DatasetGraphFactory.createTxnMem();
      Txn.executeRead(
          graphStore.dataset(), () -> graphStore.dataset().find().forEachRemaining(copy::add));
      return copy;
    }
  }
}
