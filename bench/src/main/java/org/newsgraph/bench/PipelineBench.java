package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.NewsgraphConfig;
import org.newsgraph.Pipeline;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.Materializer;
import org.newsgraph.rdf.RdfOutput;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.Search;
import org.newsgraph.store.SparqlRunner;

/**
 * Two costs of issue 6, each beside a baseline in the same process: inference by materialisation
 * (the time to compute graph/inferred against the time to convert and load the articles), and
 * search by plain SPARQL filters (a substring search over every label against an exact indexed
 * label lookup), on the real store and on one with 10,000 extra synthetic entities.
 *
 * <p>Run by {@code bench/run --pipeline}; prints a Markdown report.
 */
public final class PipelineBench {
  private static final int ROUNDS = 15;
  private static final int EXTRA_ENTITIES = 10_000;

  private PipelineBench() {}

  public static void main(String[] args) throws IOException {
    Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath();
    NewsgraphConfig config = NewsgraphConfig.builder().dataDir(repo.resolve("data")).build();
    Pipeline pipeline = Pipeline.create(config);
    List<Path> articles = pipeline.articleFiles();
    System.out.println("## Pipeline costs (issue 6)\n");
    System.out.printf("Articles: %d; rounds: %d; load average at start: %s%n%n", articles.size(), ROUNDS, Report.loadAverage());
    inference(pipeline, articles);
    search(pipeline, articles);
  }

  private static void inference(Pipeline pipeline, List<Path> articles) throws IOException {
    List<Long> load = new ArrayList<>();
    List<Long> infer = new ArrayList<>();
    long inferred = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Path dir = Files.createTempDirectory("bench-store");
      long t0 = System.nanoTime();
      try (GraphStore store = GraphStore.open(dir)) {
        List<ConvertedArticle> converted = pipeline.load(store, articles);
        long t1 = System.nanoTime();
        Graph asserted = GraphFactory.createDefaultGraph();
        converted.forEach(c -> RdfOutput.union(c.toDataset()).find().forEachRemaining(asserted::add));
        pipeline.gate().ontology().find().forEachRemaining(asserted::add);
        long t2 = System.nanoTime();
        inferred = new Materializer(pipeline.gate().ontology()).infer(asserted).size();
        long t3 = System.nanoTime();
        load.add(t1 - t0);
        infer.add(t3 - t2);
      }
      delete(dir);
    }
    System.out.println("### Inference by materialisation\n");
    System.out.println("| step | median ms | min ms | max ms |\n|---|---|---|---|");
    row("convert + validate + load (includes materialisation)", load);
    row("materialisation alone (Materializer.infer over all asserted triples)", infer);
    System.out.printf("%nInferred triples: %d. Materialisation is %.1f%% of the load.%n%n", inferred, 100.0 * median(infer) / median(load));
  }

  private static void search(Pipeline pipeline, List<Path> articles) throws IOException {
    Path dir = Files.createTempDirectory("bench-search");
    try (GraphStore store = GraphStore.open(dir)) {
      pipeline.load(store, articles);
      System.out.println("### Search by plain SPARQL filters\n");
      System.out.println("| store | query | filter search median ms | exact lookup median ms | ratio |\n|---|---|---|---|---|");
      searchRows(store, "real");
      addSyntheticEntities(store);
      searchRows(store, "real + " + EXTRA_ENTITIES + " synthetic entities");
    }
    delete(dir);
  }

  private static void searchRows(GraphStore store, String name) {
    for (Map.Entry<String, String> q : Map.of("शून्य एक", "mr", "零一万物", "zh", "01.AI", "en").entrySet()) {
      List<Long> filter = new ArrayList<>();
      List<Long> exact = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        long t0 = System.nanoTime();
        Search.find(store.dataset(), q.getKey());
        long t1 = System.nanoTime();
        exactLookup(store, q.getKey(), q.getValue());
        long t2 = System.nanoTime();
        filter.add(t1 - t0);
        exact.add(t2 - t1);
      }
      System.out.printf("| %s | %s | %.2f | %.2f | %.1f× |%n", name, q.getKey(), median(filter) / 1e6, median(exact) / 1e6, median(filter) / (double) median(exact));
    }
    System.out.println();
  }

  /** The baseline: a lookup of the exact label, answered from TDB2's indexes. */
  private static int exactLookup(GraphStore store, String label, String lang) {
    Query query =
        QueryParameters.bind(
            SparqlRunner.parse("SELECT ?e WHERE { ?e skos:prefLabel|skos:altLabel ?label }", "exact"),
            Map.of(Var.alloc("label"), NodeFactory.createLiteralLang(label, lang)));
    return Txn.calculateRead(
        store.dataset(),
        () -> {
          try (QueryExecution exec = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(store.dataset())).build()) {
            int n = 0;
            var rows = exec.execSelect();
            while (rows.hasNext()) {
              rows.next();
              n++;
            }
            return n;
          }
        });
  }

  private static void addSyntheticEntities(GraphStore store) {
    Node graph = NodeFactory.createURI("https://w3id.org/newsgraph/graph/bench");
    Txn.executeWrite(
        store.dataset(),
        () -> {
          for (int i = 0; i < EXTRA_ENTITIES; i++) {
            Node e = NodeFactory.createURI("https://w3id.org/newsgraph/id/bench/e" + i);
            store.dataset().add(graph, e, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Synthetic company " + i, "en"));
            store.dataset().add(graph, e, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("कृत्रिम कंपनी " + i, "mr"));
          }
        });
  }

  private static void row(String step, List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    System.out.printf("| %s | %.1f | %.1f | %.1f |%n", step, median(nanos) / 1e6, sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
