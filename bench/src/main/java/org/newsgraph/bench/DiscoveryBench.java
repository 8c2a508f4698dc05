package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.NewsgraphConfig;
import org.newsgraph.Pipeline;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;

/**
 * The cost of open-world extraction (issue 10): extracting the development corpus and the seed
 * with name discovery (OpenNLP for English, HanLP for Chinese, our patterns for Marathi) against
 * the same pipeline without it, in the same process. The baseline's data folder is the real one
 * without {@code discovery/}. Also the one-off cost of loading each pipeline (the taggers' models
 * for the first). Reported per 1,000 articles, by language.
 *
 * <p>Run by {@code bench/run --discovery}; prints a Markdown report.
 */
public final class DiscoveryBench {
  private static final int ROUNDS = 20;

  private DiscoveryBench() {}

  public static void main(String[] args) throws IOException {
    Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath();
    Path baselineData = Files.createTempDirectory("newsgraph-bench-data");
    for (String part : List.of("articles", "lexicon", "rules", "values")) {
      Files.createSymbolicLink(baselineData.resolve(part), repo.resolve("data").resolve(part));
    }
    long t0 = System.nanoTime();
    Pipeline open = Pipeline.create(NewsgraphConfig.builder().dataDir(repo.resolve("data")).build());
    long openLoad = System.nanoTime() - t0;
    t0 = System.nanoTime();
    Pipeline closed = Pipeline.create(NewsgraphConfig.builder().dataDir(baselineData).build());
    long closedLoad = System.nanoTime() - t0;
    System.out.println("## Open-world extraction cost (issue 10)\n");
    System.out.printf(
        "Rounds: %d; load average at start: %s%n%n", ROUNDS, Report.loadAverage());
    System.out.printf(
        "Pipeline load: with discovery %.0f ms, without %.0f ms (the difference is the taggers'"
            + " models and dictionaries; loaded first, so it also carries JVM warm-up).%n%n",
        openLoad / 1e6, closedLoad / 1e6);
    System.out.println(
        "| language | articles | with discovery, s per 1,000 articles | without, s per 1,000 | ratio |");
    System.out.println("|---|---|---|---|---|");
    for (String language : List.of("en", "zh", "mr")) {
      List<Article> articles = articles(repo, language);
      double with = perThousand(open, articles);
      double without = perThousand(closed, articles);
      System.out.printf(
          "| %s | %d | %.2f | %.2f | %.2f× |%n",
          language, articles.size(), with, without, with / without);
    }
  }

  private static List<Article> articles(Path repo, String language) throws IOException {
    List<Article> articles = new ArrayList<>();
    List<Path> dirs =
        List.of(
            repo.resolve("src/test/resources/corpus/dev"),
            repo.resolve("src/test/resources/corpus/test"),
            repo.resolve("data/articles"));
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.list(dir)) {
        files
            .filter(f -> f.getFileName().toString().endsWith("." + language + ".txt"))
            .sorted()
            .forEach(f -> articles.add(ArticleReader.read(f)));
      }
    }
    return articles;
  }

  /** Median over the rounds of the time to extract every article, scaled to 1,000 articles. */
  private static double perThousand(Pipeline pipeline, List<Article> articles) {
    for (Article a : articles) {
      pipeline.extract(a);
    }
    List<Long> times = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (Article a : articles) {
        pipeline.extract(a);
      }
      times.add(System.nanoTime() - t0);
    }
    times.sort(Long::compare);
    return times.get(ROUNDS / 2) / 1e9 * 1000 / articles.size();
  }
}
