package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestFiles;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.NG;

class ProjectionTest {
  private static final IriScheme IRIS = IriScheme.defaults();
  private static final String ORG = IRIS.base() + "id/org/01-ai";
  private static final String LEE = IRIS.base() + "id/person/kai-fu-lee";
  private static final String SEED = IRIS.article("latepost-kai-fu-lee-2025-01").getURI();

  @TempDir static Path tmp;
  private static GraphStore store;
  private static PropertyGraph english;

  @BeforeAll
  static void load() {
    store = TestFiles.loadedStore(tmp.resolve("store"));
    english = Projection.of(store.dataset(), IRIS, "en");
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Map<String, PropertyGraph.Node> nodes(PropertyGraph graph) {
    return graph.nodes().stream()
        .collect(Collectors.toMap(PropertyGraph.Node::id, Function.identity()));
  }

  @Test
  void theCeoFactIsAnEdgeCarryingItsEvidence() {
    List<PropertyGraph.Edge> ceo =
        english.edges().stream()
            .filter(e -> e.predicate().equals(NG.NS + "ceo") && e.article().equals(SEED))
            .toList();
    assertThat(ceo)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(ORG);
              assertThat(e.target()).isEqualTo(LEE);
              assertThat(e.evidence()).isEqualTo("शून्य एकचे सीईओ ली कै-फु");
              assertThat(e.label()).isEqualTo("CEO");
              assertThat(e.confidence()).isBetween(0.0, 1.0);
            });
  }

  @Test
  void hasOneEdgePerStatementWithAnIriObjectAndEveryEndIsANode() {
    long statements =
        Txn.calculateRead(
            store.dataset(),
            () -> {
              try (QueryExecution q =
                  QueryExecution.create()
                      .query(
                          "PREFIX ng: <"
                              + NG.NS
                              + "> SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { GRAPH ?g { ?st a"
                              + " ng:Statement ; ng:object ?o } FILTER isIRI(?o) }")
                      .dataset(DatasetFactory.wrap(store.dataset()))
                      .build()) {
                return q.execSelect().next().getLiteral("n").getLong();
              }
            });
    assertThat(statements).isGreaterThan(20);
    assertThat(english.edges()).hasSize((int) statements);
    Set<String> ids = nodes(english).keySet();
    assertThat(english.edges())
        .allSatisfy(
            e -> {
              assertThat(ids).contains(e.source(), e.target());
              assertThat(e.evidence()).isNotBlank();
            });
  }

  @Test
  void labelsFollowTheLanguageAskedForAndClassesAreTheMostSpecific() {
    PropertyGraph marathi = Projection.of(store.dataset(), IRIS, "mr");
    assertThat(nodes(english).get(ORG).label()).isEqualTo("01.AI");
    assertThat(nodes(marathi).get(ORG).label()).isEqualTo("शून्य एक");
    assertThat(nodes(english).get(ORG).kind()).isEqualTo("Startup");
    assertThat(nodes(english).get(LEE).kind()).isEqualTo("Person");
    assertThat(marathi.edges()).extracting(PropertyGraph.Edge::label).contains("सीईओ");
  }

  @Test
  void countsMentionsOverBothArticles() {
    PropertyGraph.Node lee = nodes(english).get(LEE);
    // Kai-Fu Lee is named, and referred to, many times in the Marathi seed and its English
    // rendering.
    assertThat(lee.mentions()).isGreaterThan(5);
    assertThat(english.nodes())
        .filteredOn(n -> n.id().contains("/node/"))
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.mentions()).isZero());
  }
}
