package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.Pipeline;
import org.newsgraph.TestFiles;

class SearchTest {
  private static final String ZERO_ONE = "https://w3id.org/newsgraph/id/org/01-ai";

  @TempDir static Path tmp;
  private static GraphStore store;

  @BeforeAll
  static void load() {
    Pipeline pipeline = Pipeline.create(TestFiles.config());
    store = GraphStore.open(tmp.resolve("store"));
    pipeline.load(store, pipeline.articleFiles());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"शून्य एक", "零一万物", "01.AI", "01.ai", "Zero One Everything"})
  void findsZeroOneInEveryLanguage(String words) {
    List<Search.Hit> hits = Search.find(store.dataset(), words);
    assertThat(hits)
        .filteredOn(h -> h.kind().equals("entity"))
        .extracting(Search.Hit::item)
        .contains(ZERO_ONE);
  }

  @Test
  void findsSentencesWithTheirExactOffsets() {
    List<Search.Hit> hits = Search.find(store.dataset(), "सीईओ");
    assertThat(hits)
        .filteredOn(h -> h.kind().equals("sentence"))
        .isNotEmpty()
        .allSatisfy(
            h -> {
              assertThat(h.text()).contains("सीईओ");
              assertThat(h.end() - h.begin())
                  .isEqualTo(h.text().codePointCount(0, h.text().length()));
            });
  }

  @Test
  void searchTextIsBoundNotPasted() {
    assertThat(Search.find(store.dataset(), "x\") } UNION { ?item ?p ?matched } #")).isEmpty();
    assertThatThrownBy(() -> Search.find(store.dataset(), "  ")).isInstanceOf(StoreException.class);
  }
}
