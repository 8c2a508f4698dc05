package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.SparqlRunner;
import org.newsgraph.store.StoreException;

/**
 * Runs the competency queries ({@code queries/*.rq}) against one store built from {@code data/},
 * the way {@code newsgraph query FILE.rq --param NAME=VALUE} does: parse with the standard
 * prefixes, bind the parameters as RDF terms, run, read the SPARQL JSON results.
 *
 * <p>What each query must return is in {@code src/test/resources/queries/manifest.json}. A case
 * names a query file, its parameters ({@code NAME -> VALUE}, {@code <…>} for an IRI) and the
 * required rows: partial rows mapping variables to values (the full IRI of an IRI, the lexical form
 * of a literal; numeric literals also match by value). A required row matches a result row when
 * every variable it names has that value. Extra variables and rows are allowed unless {@code
 * "exact": true}; {@code "ordered": true} asks for the required rows in that order; {@code "empty":
 * true} asks for no row at all.
 */
class CompetencyQueryTest {
  private static final Path QUERIES = TestFiles.project().resolve("queries");
  private static final Path MANIFEST =
      TestFiles.project().resolve("src/test/resources/queries/manifest.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> CASE_KEYS =
      Set.of("name", "query", "params", "rows", "exact", "ordered", "empty");
  private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  private static final Set<String> NUMERIC =
      Stream.of(
              "decimal",
              "integer",
              "double",
              "float",
              "long",
              "int",
              "short",
              "byte",
              "nonNegativeInteger",
              "positiveInteger",
              "nonPositiveInteger",
              "negativeInteger",
              "unsignedLong",
              "unsignedInt",
              "unsignedShort",
              "unsignedByte")
          .map(t -> XSD + t)
          .collect(Collectors.toUnmodifiableSet());

  /** Quotes, {@code >} and {@code }}: pasted into the query text, it would rewrite the query. */
  private static final String HOSTILE_VALUE = "x\" } ; <a> \"b\" . } #>";

  private static final String NG = "https://w3id.org/newsgraph/ns#";
  private static final String BASE = org.newsgraph.rdf.IriScheme.DEFAULT_BASE;

  @TempDir static Path tmp;
  private static GraphStore store;

  /** One case of the manifest. */
  record Case(
      String name,
      String query,
      Map<String, String> params,
      List<Map<String, String>> rows,
      boolean exact,
      boolean ordered,
      boolean empty) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void buildStore() {
    Pipeline pipeline = Pipeline.create(TestFiles.config());
    store = GraphStore.open(tmp.resolve("store"));
    pipeline.load(store, pipeline.articleFiles());
  }

  @AfterAll
  static void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  static Stream<Arguments> cases() {
    return manifest().stream().map(c -> Arguments.of(c.name(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void returnsTheRequiredRows(String name, Case c) {
    List<Map<String, JsonNode>> rows = select(store.dataset(), c.query(), c.params());
    String returned = show(rows);
    if (c.empty()) {
      assertThat(rows).as("%s must return no row; it returned:%n%s", name, returned).isEmpty();
      return;
    }
    int from = 0;
    for (Map<String, String> wanted : c.rows()) {
      int at = indexOf(rows, wanted, c.ordered() ? from : 0);
      assertThat(at)
          .as(
              "%s: no %srow matches%n  %s%nThe query returned %d rows:%n%s",
              name, c.ordered() ? "later " : "", wanted, rows.size(), returned)
          .isNotNegative();
      from = at + 1;
    }
    if (c.exact()) {
      assertThat(rows)
          .as("%s: exactly the required rows%n%s", name, returned)
          .hasSameSizeAs(c.rows());
      for (Map<String, JsonNode> row : rows) {
        assertThat(c.rows().stream().anyMatch(wanted -> matches(row, wanted)))
            .as("%s: unexpected row %s", name, show(List.of(row)))
            .isTrue();
      }
    }
  }

  @Test
  void everyQueryFileIsInTheManifestAndParsesInAnySparqlClient() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(QUERIES)) {
      files = listing.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
    assertThat(files).as("query files in %s", QUERIES).isNotEmpty();
    Set<String> inManifest =
        manifest().stream().map(Case::query).collect(Collectors.toCollection(TreeSet::new));
    for (Path file : files) {
      String name = file.getFileName().toString();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(inManifest).as("manifest cases for %s", name).contains(name);
      assertThat(name).matches("cq\\d\\d-[a-z0-9-]+\\.rq");
      Query query = SparqlRunner.parse(text, file.toString());
      assertThat(query.isSelectType()).as("%s is a SELECT", name).isTrue();
      // With only its own PREFIX lines and strict SPARQL 1.1, as in any SPARQL client.
      assertThatCode(() -> QueryFactory.create(text, Syntax.syntaxSPARQL_11))
          .as("%s parses as plain SPARQL 1.1 with its own prefixes", name)
          .doesNotThrowAnyException();
      assertThat(text)
          .as("%s states its question in English and in Marathi", name)
          .containsPattern("(?m)^# EN: \\S")
          .containsPattern("(?m)^# MR: .*\\p{IsDevanagari}");
    }
    Set<String> onDisk =
        files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    assertThat(onDisk).as("query files named by the manifest").containsAll(inManifest);
  }

  @Test
  void aParameterValueWithQuotesAndBracesIsBoundAsOneTermAndChangesNothing() {
    String before = fingerprint(store.dataset());

    List<Map<String, JsonNode>> rows =
        select(
            store.dataset(),
            "cq11-everything-about-entity.rq",
            Map.of("entity", HOSTILE_VALUE, "lang", HOSTILE_VALUE));

    assertThat(rows).as("a plain string names no entity").isEmpty();
    assertThat(fingerprint(store.dataset())).as("the store after the query").isEqualTo(before);
    // Between < and > the same characters are no IRI: refused before anything runs.
    assertThatThrownBy(() -> QueryParameters.parse(List.of("entity=<" + HOSTILE_VALUE)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("expected a valid IRI");
  }

  @Test
  void theFactsWithoutEvidenceQueryFindsFactsWithoutAStatement() {
    // cq13 returns nothing on the real store; this shows that its emptiness means something.
    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
    Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
    Node article = iri(BASE + "graph/article/latepost-kai-fu-lee-2025-01");
    Node inferred = iri(BASE + "graph/inferred");
    Node org = iri(BASE + "id/org/01-ai");
    // Asserted in an article graph with no statement: no evidence.
    copy.add(Quad.create(article, Triple.create(org, iri(NG + "ceo"), iri(BASE + "id/person/x"))));
    // Inferred, and no statement of it or of a subproperty: no evidence.
    copy.add(
        Quad.create(
            inferred, Triple.create(org, iri(NG + "partnerOf"), iri(BASE + "id/org/latepost"))));
    // Inferred from the asserted ng:jointLabWith, whose statement is its evidence.
    copy.add(
        Quad.create(
            inferred,
            Triple.create(org, iri(NG + "partnerOf"), iri(BASE + "id/org/alibaba-cloud"))));
    unionIntoDefaultGraph(copy);

    List<Map<String, JsonNode>> rows = select(copy, "cq13-facts-without-evidence.rq", Map.of());

    assertThat(rows).as(show(rows)).hasSize(2);
    assertThat(
            rows.stream()
                .filter(
                    r -> matches(r, Map.of("graph", article.getURI(), "o", BASE + "id/person/x"))))
        .as(show(rows))
        .hasSize(1);
    assertThat(
            rows.stream()
                .filter(
                    r ->
                        matches(
                            r, Map.of("graph", inferred.getURI(), "o", BASE + "id/org/latepost"))))
        .as(show(rows))
        .hasSize(1);
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }

  // ---- running a query --------------------------------------------------------------------

  /** The rows of a query file run as the CLI runs it: variable name to SPARQL JSON binding. */
  private static List<Map<String, JsonNode>> select(
      DatasetGraph dataset, String file, Map<String, String> params) {
    Path path = QUERIES.resolve(file);
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      List<String> assignments =
          params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
      Query query =
          QueryParameters.bind(
              SparqlRunner.parse(text, path.toString()), QueryParameters.parse(assignments));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SparqlRunner.run(query, dataset, ResultFormat.JSON, out);
      JsonNode results = JSON.readTree(out.toByteArray());
      List<Map<String, JsonNode>> rows = new ArrayList<>();
      for (JsonNode binding : results.path("results").path("bindings")) {
        Map<String, JsonNode> row = new LinkedHashMap<>();
        binding.properties().forEach(e -> row.put(e.getKey(), e.getValue()));
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@code newsgraph query --data} does: the default graph also holds every named graph. */
  private static void unionIntoDefaultGraph(DatasetGraph dataset) {
    List<Triple> triples = new ArrayList<>();
    dataset.find().forEachRemaining(q -> triples.add(q.asTriple()));
    triples.forEach(dataset.getDefaultGraph()::add);
  }

  /** Number of quads, a hash over them and the graph names: changes if anything is written. */
  private static String fingerprint(DatasetGraph dataset) {
    return Txn.calculateRead(
        dataset,
        () -> {
          long count = 0;
          long hash = 0;
          for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
            hash += it.next().hashCode();
            count++;
          }
          Set<String> graphs = new TreeSet<>();
          dataset.listGraphNodes().forEachRemaining(g -> graphs.add(g.toString()));
          return count + " quads, hash " + hash + ", graphs " + graphs;
        });
  }

  // ---- matching rows ----------------------------------------------------------------------

  private static int indexOf(
      List<Map<String, JsonNode>> rows, Map<String, String> wanted, int from) {
    for (int i = from; i < rows.size(); i++) {
      if (matches(rows.get(i), wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matches(Map<String, JsonNode> row, Map<String, String> wanted) {
    return wanted.entrySet().stream()
        .allMatch(e -> row.containsKey(e.getKey()) && sameValue(row.get(e.getKey()), e.getValue()));
  }

  private static boolean sameValue(JsonNode binding, String expected) {
    String actual = binding.path("value").asText();
    if (actual.equals(expected)) {
      return true;
    }
    if (!NUMERIC.contains(binding.path("datatype").asText(""))) {
      return false;
    }
    try {
      return new BigDecimal(actual).compareTo(new BigDecimal(expected)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String show(List<Map<String, JsonNode>> rows) {
    StringBuilder text = new StringBuilder();
    for (Map<String, JsonNode> row : rows) {
      text.append("  {");
      row.forEach(
          (name, binding) -> {
            String value = binding.path("value").asText();
            if (value.length() > 90) {
              value = value.substring(0, 90) + "…";
            }
            text.append(' ')
                .append(name)
                .append('=')
                .append(value.replace("\n", "\\n"))
                .append(';');
          });
      text.append(" }\n");
    }
    return text.toString();
  }

  // ---- the manifest -----------------------------------------------------------------------

  static List<Case> manifest() {
    JsonNode root;
    try {
      root = JSON.readTree(MANIFEST.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (JsonNode node : root.path("cases")) {
      Set<String> keys = new TreeSet<>();
      node.properties().forEach(e -> keys.add(e.getKey()));
      String name = node.path("name").asText();
      if (!CASE_KEYS.containsAll(keys) || name.isBlank() || !names.add(name)) {
        throw new IllegalStateException(
            MANIFEST
                + ": case '"
                + name
                + "': unknown keys or a missing or repeated name: "
                + keys);
      }
      Map<String, String> params = new LinkedHashMap<>();
      node.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      List<Map<String, String>> rows = new ArrayList<>();
      for (JsonNode row : node.path("rows")) {
        Map<String, String> wanted = new LinkedHashMap<>();
        row.properties().forEach(e -> wanted.put(e.getKey(), e.getValue().asText()));
        rows.add(wanted);
      }
      boolean empty = node.path("empty").asBoolean(false);
      if (empty && !rows.isEmpty()) {
        throw new IllegalStateException(MANIFEST + ": case '" + name + "': empty and rows");
      }
      if (!empty && rows.isEmpty()) {
        throw new IllegalStateException(MANIFEST + ": case '" + name + "': no required rows");
      }
      cases.add(
          new Case(
              name,
              node.path("query").asText(),
              params,
              rows,
              node.path("exact").asBoolean(false),
              node.path("ordered").asBoolean(false),
              empty));
    }
    if (cases.isEmpty()) {
      throw new IllegalStateException(MANIFEST + ": no cases");
    }
    return cases;
  }
}
