package org.newsgraph.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsgraph.extract.LexiconEntry;
import org.newsgraph.extract.LexiconExtractor;

/**
 * How long the lexicon takes to compile as it grows, with English labels only, Marathi labels only,
 * and both: the baseline's trie and ours ({@code new LexiconExtractor}). Each size runs in a fresh
 * JVM, each build with a deadline; once a side misses it in a configuration, that side's larger
 * sizes are skipped. Ours builds first, so that a baseline build left running past its deadline
 * cannot slow it down.
 * Prints a Markdown table.
 *
 * <p>Settings: {@code bench.suffixes} (required), {@code bench.scaleSizes}
 * (2500,5000,10000,20000,50000,100000), {@code bench.scaleConfigs} (en,mr,en+mr), {@code
 * bench.scaleTimeout} (120 s per build), {@code bench.scaleXmx} (8g, the heap of each child JVM),
 * {@code bench.seed} (20250101).
 */
public final class BuildScaling {
  private BuildScaling() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 6 && args[0].equals("--child")) {
      child(
          args[1],
          Integer.parseInt(args[2]),
          Long.parseLong(args[3]),
          Boolean.parseBoolean(args[4]),
          Boolean.parseBoolean(args[5]));
      return;
    }
    int[] sizes =
        Arrays.stream(
                System.getProperty("bench.scaleSizes", "2500,5000,10000,20000,50000,100000")
                    .split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    long timeout = Long.getLong("bench.scaleTimeout", 120);
    List<String> configs =
        Arrays.stream(System.getProperty("bench.scaleConfigs", "en,mr,en+mr").split(","))
            .map(String::strip)
            .toList();
    Map<String, String[]> cells = new LinkedHashMap<>();
    for (String config : configs) {
      boolean baselineStopped = false;
      boolean oursStopped = false;
      for (int size : sizes) {
        String[] result;
        if (baselineStopped && oursStopped) {
          result = new String[] {"skipped", "skipped"};
        } else {
          result = runChild(config, size, timeout, !baselineStopped, !oursStopped);
          baselineStopped |= !result[0].endsWith(" s") || result[0].startsWith(">");
          oursStopped |= !result[1].endsWith(" s") || result[1].startsWith(">");
        }
        cells.put(config + "/" + size, result);
        MatcherBench.log(
            "build scaling, %s, %,d entries: baseline %s, ours %s",
            config, size, result[0], result[1]);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("## Lexicon build time by size and script\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Seconds for one build in a fresh JVM (baseline / ours); deadline %d s per build.%n%n",
            timeout));
    out.append("| entries |");
    for (String config : configs) {
      out.append(
          switch (config) {
            case "en" -> " `en` labels only |";
            case "mr" -> " `mr` labels only |";
            default -> " `en` + `mr` labels |";
          });
    }
    out.append("\n|---:|").append("---:|".repeat(configs.size())).append('\n');
    for (int size : sizes) {
      out.append(String.format(Locale.ROOT, "| %,d |", size));
      for (String config : configs) {
        String[] r = cells.get(config + "/" + size);
        out.append(' ').append(r[0]).append(" / ").append(r[1]).append(" |");
      }
      out.append('\n');
    }
    System.out.print(out);
  }

  /** Runs one size in a child JVM; returns the baseline's and ours' build time as text. */
  private static String[] runChild(
      String config, int size, long timeout, boolean baseline, boolean ours) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + System.getProperty("bench.scaleXmx", "8g"));
    command.add("-Dbench.suffixes=" + System.getProperty("bench.suffixes"));
    command.add("-Dbench.seed=" + Long.getLong("bench.seed", 20250101L));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BuildScaling.class.getName());
    command.addAll(
        List.of(
            "--child",
            config,
            Integer.toString(size),
            Long.toString(timeout),
            Boolean.toString(baseline),
            Boolean.toString(ours)));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String[] result = {
      baseline ? "> " + timeout + " s" : "skipped", ours ? "> " + timeout + " s" : "skipped"
    };
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.split(" ");
        if (parts.length == 2 && parts[1].matches("-?\\d+")) {
          long nanos = Long.parseLong(parts[1]);
          String text =
              nanos < 0 ? "> " + timeout + " s" : String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
          result[parts[0].equals("baseline") ? 0 : 1] = text;
        }
      }
    }
    if (!process.waitFor(2 * timeout + 120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return result;
  }

  /**
   * In the child JVM: builds each side asked for once and prints "baseline NANOS" and "ours NANOS"
   * (-1 when the deadline passed).
   */
  private static void child(String config, int size, long timeout, boolean baseline, boolean ours)
      throws Exception {
    long seed = Long.getLong("bench.seed", 20250101L);
    List<LexiconEntry> entries = SyntheticCorpus.entries(SyntheticCorpus.names(size, seed));
    if (!config.contains("+")) {
      entries = SyntheticCorpus.only(entries, config);
    }
    List<LexiconEntry> chosen = entries;
    var lexicon =
        SyntheticCorpus.lexicon(
            chosen, SyntheticCorpus.readSuffixes(Path.of(System.getProperty("bench.suffixes"))));
    if (ours) {
      TimedBuild<LexiconExtractor> build =
          TimedBuild.run("ours", () -> new LexiconExtractor(lexicon), timeout);
      System.out.println("ours " + (build.finished() ? build.nanos() : -1));
      System.out.flush();
    }
    if (baseline) {
      TimedBuild<WholeWordBaseline> build =
          TimedBuild.run(
              "baseline",
              () -> new WholeWordBaseline(chosen, WholeWordBaseline.Split.ONE),
              timeout);
      System.out.println("baseline " + (build.finished() ? build.nanos() : -1));
      System.out.flush();
    }
    System.exit(0);
  }
}
