package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.NewsgraphConfig;
import org.newsgraph.TestFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;

/**
 * Scores the lexicon extractor against hand-annotated gold mentions in {@code
 * src/test/resources/gold/ID.LANG.tsv} (one file per article {@code data/articles/ID.LANG.txt}; the
 * conventions are in each file's header). A found mention counts only when its span (begin and end,
 * in code points) and its entity are both exactly those of a gold mention. The test prints
 * precision, recall and F1 with the false positives and false negatives, and holds the extractor to
 * the project's targets.
 */
class MentionEvaluationTest {
  private static final String GOLD_DIR = "gold";

  private static String base;
  private static Lexicon lexicon;
  private static LexiconExtractor extractor;

  /** One mention: the span and the entity decide equality, the anchor is carried for reports. */
  record Span(int begin, int end, String entity, String anchor) {
    Key key() {
      return new Key(begin, end, entity);
    }

    @Override
    public String toString() {
      return begin + "\t" + end + "\t" + anchor + "\t" + entity;
    }
  }

  record Key(int begin, int end, String entity) {}

  /** Precision, recall and F1 of one article, with the mentions that were wrong or missed. */
  record Score(int gold, int found, int correct, List<Span> falsePositives, List<Span> missed) {
    Prf prf() {
      return Prf.of(correct, found, correct, gold);
    }
  }

  @BeforeAll
  static void loadLexicon() {
    NewsgraphConfig config = TestFiles.config();
    base = config.iris().base();
    lexicon = LexiconLoader.load(config.lexiconDir(), base);
    extractor = new LexiconExtractor(lexicon);
  }

  @Test
  void everyGoldFileIsScoredAndHasItsArticle() {
    assertThat(goldNames())
        .containsExactlyInAnyOrder(
            "latepost-kai-fu-lee-2025-01.mr", "latepost-kai-fu-lee-2025-01.en");
    for (String name : goldNames()) {
      assertThat(article(name)).as("article for gold %s", name).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"latepost-kai-fu-lee-2025-01.mr", "latepost-kai-fu-lee-2025-01.en"})
  void goldAnchorsAreTheArticleTextAtTheirOffsets(String name) {
    Article article = ArticleReader.read(article(name));
    int[] text = article.text().codePoints().toArray();
    Set<String> entities =
        lexicon.entries().stream().map(LexiconEntry::iri).collect(Collectors.toSet());
    List<Span> gold = gold(name);
    assertThat(gold).as("gold mentions of %s", name).isNotEmpty();
    int previousEnd = 0;
    for (Span span : gold) {
      assertThat(span.begin()).as("begin of %s", span).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.end()).as("end of %s", span).isGreaterThan(span.begin());
      assertThat(span.end()).as("end of %s", span).isLessThanOrEqualTo(text.length);
      assertThat(new String(text, span.begin(), span.end() - span.begin()))
          .as("article text at the offsets of gold row %s", span)
          .isEqualTo(span.anchor());
      assertThat(entities)
          .as("entity of gold row %s is in the lexicon", span)
          .contains(span.entity());
      previousEnd = span.end();
    }
  }

  @ParameterizedTest(name = "{0}: F1 >= {1}")
  @CsvSource({"latepost-kai-fu-lee-2025-01.mr, 0.95", "latepost-kai-fu-lee-2025-01.en, 0.90"})
  void extractorReachesTheTargetF1(String name, double target) {
    Article article = ArticleReader.read(article(name));
    List<Span> found =
        extractor.extract(article).mentions().stream()
            .map(m -> new Span(m.begin(), m.end(), m.entity(), m.anchor()))
            .toList();
    Score score = score(gold(name), found);
    System.out.println(report(name, score));
    assertThat(score.prf().f1())
        .as("F1 of the lexicon extractor on %s (see the report above)", name)
        .isGreaterThanOrEqualTo(target);
  }

  static Score score(List<Span> gold, List<Span> found) {
    Set<Key> goldKeys = gold.stream().map(Span::key).collect(Collectors.toSet());
    Set<Key> foundKeys = found.stream().map(Span::key).collect(Collectors.toSet());
    List<Span> falsePositives =
        found.stream().filter(s -> !goldKeys.contains(s.key())).sorted(byPosition()).toList();
    List<Span> missed =
        gold.stream().filter(s -> !foundKeys.contains(s.key())).sorted(byPosition()).toList();
    int correct = (int) foundKeys.stream().filter(goldKeys::contains).count();
    return new Score(goldKeys.size(), foundKeys.size(), correct, falsePositives, missed);
  }

  private static String report(String name, Score score) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%nmention evaluation %s: gold %d, found %d, correct %d%n"
                + "  precision %.4f  recall %.4f  F1 %.4f%n",
            name,
            score.gold(),
            score.found(),
            score.correct(),
            score.prf().precision(),
            score.prf().recall(),
            score.prf().f1()));
    out.append("  false positives (found, not in gold): ").append(score.falsePositives().size());
    score.falsePositives().forEach(s -> out.append("\n    ").append(relative(s)));
    out.append("\n  false negatives (in gold, not found): ").append(score.missed().size());
    score.missed().forEach(s -> out.append("\n    ").append(relative(s)));
    return out.append('\n').toString();
  }

  private static Span relative(Span span) {
    String entity =
        span.entity().startsWith(base) ? span.entity().substring(base.length()) : span.entity();
    return new Span(span.begin(), span.end(), entity, span.anchor());
  }

  private static Comparator<Span> byPosition() {
    return Comparator.comparingInt(Span::begin)
        .thenComparingInt(Span::end)
        .thenComparing(Span::entity);
  }

  /** The gold rows of {@code name}, entity IRIs resolved against the configured base. */
  private static List<Span> gold(String name) {
    List<Span> spans = new ArrayList<>();
    Path file = TestFiles.resource(GOLD_DIR + "/" + name + ".tsv");
    for (String[] row : TestFiles.manifestRows(file)) {
      assertThat(row).as("gold row %s of %s", String.join("\t", row), file).hasSize(4);
      spans.add(
          new Span(Integer.parseInt(row[0]), Integer.parseInt(row[1]), base + row[3], row[2]));
    }
    return spans;
  }

  private static Path article(String name) {
    return TestFiles.dataDir().resolve("articles").resolve(name + ".txt");
  }

  private static Set<String> goldNames() {
    try (Stream<Path> files = Files.list(TestFiles.resource(GOLD_DIR))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("[a-z0-9-]+\\.[a-z]{2,3}\\.tsv"))
          .map(n -> n.substring(0, n.length() - ".tsv".length()))
          .sorted()
          .collect(Collectors.toCollection(LinkedHashSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
