package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphConfig;
import org.newsgraph.Pipeline;
import org.newsgraph.TestFiles;

/**
 * Extraction quality on the development corpus, per language and per half: the {@code dev} half
 * rules were written against, and the held-out {@code test} half. Prints the table, writes it to
 * {@code target/extraction-quality.md} (and to the file named by {@code -Dquality.out}, which is
 * how {@code docs/EXTRACTION-QUALITY.md} is made), and fails when a score falls below its floor.
 */
class CorpusEvaluationTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  /**
   * Floors, "half lang score P|R" → minimum: 0.05 under the scores recorded on 2026-12-04 (the
   * table in docs/EXTRACTION-QUALITY.md), so that noise from a data edit passes and a regression
   * fails.
   */
  private static final Map<String, Double> FLOORS = floors();

  private static CorpusEvaluation evaluation;

  @BeforeAll
  static void setUp() {
    NewsgraphConfig config = TestFiles.config();
    Pipeline pipeline = Pipeline.create(config);
    evaluation =
        new CorpusEvaluation(
            pipeline, LexiconLoader.load(config.lexiconDir(), config.iris().base()));
  }

  private static Map<String, Double> floors() {
    Map<String, Double> f = new LinkedHashMap<>();
    f.put("dev en entities P", 0.81);
    f.put("dev en entities R", 0.82);
    f.put("dev en linked P", 0.81);
    f.put("dev en linked R", 0.82);
    f.put("dev en facts P", 0.58);
    f.put("dev en facts R", 0.33);
    f.put("dev mr entities P", 0.85);
    f.put("dev mr entities R", 0.58);
    f.put("dev mr linked P", 0.77);
    f.put("dev mr linked R", 0.52);
    f.put("dev mr facts P", 0.7);
    f.put("dev mr facts R", 0.1);
    f.put("dev zh entities P", 0.63);
    f.put("dev zh entities R", 0.7);
    f.put("dev zh linked P", 0.61);
    f.put("dev zh linked R", 0.69);
    f.put("dev zh facts P", 0.39);
    f.put("dev zh facts R", 0.24);
    f.put("test en entities P", 0.79);
    f.put("test en entities R", 0.81);
    f.put("test en linked P", 0.78);
    f.put("test en linked R", 0.8);
    f.put("test en facts P", 0.5);
    f.put("test en facts R", 0.26);
    f.put("test mr entities P", 0.79);
    f.put("test mr entities R", 0.59);
    f.put("test mr linked P", 0.77);
    f.put("test mr linked R", 0.57);
    f.put("test mr facts P", 0.6);
    f.put("test mr facts R", 0.22);
    f.put("test zh entities P", 0.53);
    f.put("test zh entities R", 0.66);
    f.put("test zh linked P", 0.53);
    f.put("test zh linked R", 0.66);
    f.put("test zh facts P", 0.31);
    f.put("test zh facts R", 0.28);
    return f;
  }

  @Test
  void everyArticleHasItsGoldAndEachLanguageBothHalves() throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String half : List.of("dev", "test")) {
      try (var files = Files.list(CORPUS.resolve(half))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          assertThat(CorpusEvaluation.annotated(f)).as("gold files beside %s", f).isTrue();
          String name = f.getFileName().toString();
          counts.merge(
              half + " " + name.substring(name.length() - 6, name.length() - 4), 1, Integer::sum);
        }
      }
    }
    assertThat(counts)
        .containsEntry("dev en", 5)
        .containsEntry("test en", 5)
        .containsEntry("dev zh", 4)
        .containsEntry("test zh", 4)
        .containsEntry("dev mr", 3)
        .containsEntry("test mr", 3);
  }

  @Test
  void scoresStayAboveTheirFloors() throws IOException {
    List<String> rows = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    StringBuilder misses = new StringBuilder();
    for (String half : List.of("dev", "test")) {
      for (Map.Entry<String, List<Path>> language :
          CorpusEvaluation.articles(CORPUS.resolve(half)).entrySet()) {
        CorpusEvaluation.Scores total = new CorpusEvaluation.Scores();
        for (Path article : language.getValue()) {
          CorpusEvaluation.Scores s = evaluation.score(article);
          total.add(s);
          if (half.equals("dev")) {
            misses.append("## ").append(article.getFileName()).append('\n');
            s.misses.forEach(m -> misses.append("  ").append(m).append('\n'));
          }
        }
        rows.add(row(half, language.getKey(), language.getValue().size(), total));
        check(half, language.getKey(), "entities", total.entities.prf(), failures);
        check(half, language.getKey(), "linked", total.linked.prf(), failures);
        check(half, language.getKey(), "facts", total.facts.prf(), failures);
      }
    }
    String table = table(rows);
    System.out.println(table);
    Files.writeString(Path.of("target/extraction-misses.txt"), misses, StandardCharsets.UTF_8);
    Files.writeString(Path.of("target/extraction-quality.md"), table, StandardCharsets.UTF_8);
    String out = System.getProperty("quality.out");
    if (out != null) {
      Files.writeString(
          Path.of(out),
          Files.readString(CORPUS.resolve("QUALITY-HEADER.md"), StandardCharsets.UTF_8) + table,
          StandardCharsets.UTF_8);
    }
    assertThat(failures).as("scores below their floors").isEmpty();
  }

  private static void check(String half, String language, String score, Prf prf, List<String> out) {
    for (String part : List.of("P", "R")) {
      Double floor = FLOORS.get(half + " " + language + " " + score + " " + part);
      double value = part.equals("P") ? prf.precision() : prf.recall();
      if (floor != null && value < floor) {
        out.add(half + " " + language + " " + score + " " + part + " " + value + " < " + floor);
      }
    }
  }

  private static String row(String half, String language, int articles, CorpusEvaluation.Scores s) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %s | %s | %s |",
        half,
        language,
        articles,
        cell(s.entities),
        cell(s.linked),
        cell(s.facts));
  }

  private static String cell(CorpusEvaluation.Count c) {
    Prf p = c.prf();
    return String.format(
        Locale.ROOT,
        "%.2f / %.2f / %.2f (%d of %d)",
        p.precision(),
        p.recall(),
        p.f1(),
        c.goldFound,
        c.gold);
  }

  private static String table(List<String> rows) {
    return "| half | lang | articles | entities P / R / F1 (found of gold) | linked P / R / F1"
        + " | facts P / R / F1 |\n"
        + "|---|---|---|---|---|---|\n"
        + String.join("\n", rows)
        + "\n";
  }
}
