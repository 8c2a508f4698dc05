package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The Markdown report the benchmark prints. */
final class Report {
  private final StringBuilder out = new StringBuilder();
  private final WholeWordBaseline.Split split;

  Report(WholeWordBaseline.Split split) {
    this.split = split;
  }

  /** The 1-, 5- and 15-minute load averages, from /proc/loadavg on Linux. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  void machine(String loadAtStart) {
    Runtime rt = Runtime.getRuntime();
    long memory = -1;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    String gcs =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    line("## Machine");
    line("");
    line("- CPU: %s, %d available processors", cpuModel(), rt.availableProcessors());
    line(
        "- memory: %s",
        memory < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", memory / 1073741824.0));
    line("- OS: %s %s (%s)", prop("os.name"), prop("os.version"), prop("os.arch"));
    line(
        "- JVM: %s %s (%s), max heap %.1f GiB, collectors: %s",
        prop("java.vm.vendor"),
        prop("java.vm.name"),
        prop("java.runtime.version"),
        rt.maxMemory() / 1073741824.0,
        gcs);
    line(
        "- load average (1 / 5 / 15 min) at the start: %s; at the end: %s. Anything above"
            + " the processor count means other processes competed for the CPU during the run.",
        loadAtStart, loadAverage());
    line(
        "- JVM options: `%s`",
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    line("");
  }

  void data(
      int entries,
      SyntheticCorpus.Names names,
      SyntheticCorpus.Corpus corpus,
      long utf8Bytes,
      int suffixCount,
      long seed) {
    int[] wc = names.wordCounts();
    long suffixed = corpus.inserts().stream().filter(i -> !i.suffix().isEmpty()).count();
    int written = corpus.inserts().size();
    line("## Data (seed %d)", seed);
    line("");
    line(
        "- lexicon: %,d entries, each with an `en` and an `mr` preferred label (%,d forms);"
            + " names of 1/2/3/4 words: %,d/%,d/%,d/%,d",
        entries, 2 * entries, wc[1], wc[2], wc[3], wc[4]);
    line(
        "- text: %,d chars (%,d bytes in UTF-8), %,d Marathi and %,d English sentences",
        corpus.text().length(), utf8Bytes, corpus.marathiSentences(), corpus.englishSentences());
    line(
        "- names written into the text: %,d, one per %.0f chars; %,d of them (%.0f%%) with a"
            + " Marathi ending glued on, drawn from the %d endings of suffixes-mr.txt",
        written,
        (double) corpus.text().length() / written,
        suffixed,
        100.0 * suffixed / written,
        suffixCount);
    line("");
  }

  void results(
      int chars,
      long utf8Bytes,
      List<MatcherBench.Sample> ours,
      List<MatcherBench.Sample> baseline,
      List<Double> pairedRatios,
      long oursColdBuild,
      long baselineColdBuild,
      List<Long> oursBuild,
      List<Long> baselineBuild,
      List<Long> oursHeap,
      List<Long> baselineHeap,
      List<Long> lexiconHeap,
      long baselineArrayBytes,
      int heapCopies,
      int heapReps,
      int warmup) {
    ToDoubleFunction<MatcherBench.Sample> mchars = s -> chars / (s.nanos() / 1e9) / 1e6;
    ToDoubleFunction<MatcherBench.Sample> mbytes = s -> utf8Bytes / (s.nanos() / 1e9) / 1e6;
    Stats oT = stats(ours, mchars);
    Stats bT = stats(baseline, mchars);
    Stats oB = stats(ours, mbytes);
    Stats bB = stats(baseline, mbytes);
    Stats oMs = stats(ours, s -> s.nanos() / 1e6);
    Stats bMs = stats(baseline, s -> s.nanos() / 1e6);
    Stats oAlloc = stats(ours, s -> s.allocatedBytes() / 1e6);
    Stats bAlloc = stats(baseline, s -> s.allocatedBytes() / 1e6);
    Stats oGc = stats(ours, s -> s.gcMillis());
    Stats bGc = stats(baseline, s -> s.gcMillis());
    Stats paired = Stats.of(pairedRatios);
    Stats oBuild = Stats.of(oursBuild.stream().map(n -> n / 1e9).toList());
    Stats bBuild = Stats.of(baselineBuild.stream().map(n -> n / 1e9).toList());
    Stats oHeap = Stats.of(oursHeap.stream().map(n -> n / 1e6).toList());
    Stats bHeap = Stats.of(baselineHeap.stream().map(n -> n / 1e6).toList());
    Stats lHeap = Stats.of(lexiconHeap.stream().map(n -> n / 1e6).toList());
    double ratio = oT.mean() / bT.mean();

    line("## Results");
    line("");
    line(
        "%d measured rounds after %d warm-up rounds; each round runs both sides once over the"
            + " whole text, in alternating order. Throughput counts UTF-16 chars of the text (M = 10^6);"
            + " MB/s counts its UTF-8 bytes (MB = 10^6 bytes).",
        oT.n(), warmup);
    line("");
    line(
        "| | ours: `LexiconExtractor.extract`, Marathi endings on | baseline: hankcs ACDAT, %s,"
            + " plain whole-word | ours ÷ baseline |",
        split.description());
    line("|---|---:|---:|---:|");
    line(
        "| throughput, M chars/s, mean ± sd | %.1f ± %.1f | %.1f ± %.1f | **%.2f×** |",
        oT.mean(), oT.sd(), bT.mean(), bT.sd(), ratio);
    line(
        "| throughput, M chars/s, min – max | %.1f – %.1f | %.1f – %.1f | %.2f – %.2f (per round) |",
        oT.min(), oT.max(), bT.min(), bT.max(), paired.min(), paired.max());
    line("| throughput, MB/s of UTF-8, mean | %.1f | %.1f | |", oB.mean(), bB.mean());
    line(
        "| time per pass, ms, median (min – max) | %.0f (%.0f – %.0f) | %.0f (%.0f – %.0f) | |",
        oMs.median(), oMs.min(), oMs.max(), bMs.median(), bMs.min(), bMs.max());
    line("| allocated per pass, MB, mean | %.0f | %.0f | |", oAlloc.mean(), bAlloc.mean());
    line(
        "| GC time per pass, ms, mean (max) | %.0f (%.0f) | %.0f (%.0f) | |",
        oGc.mean(), oGc.max(), bGc.mean(), bGc.max());
    line(
        "| hits reported per pass | %,d | %,d | |",
        ours.getFirst().hits(), baseline.getFirst().hits());
    line(
        "| lexicon build, s, median (min – max) of %d later builds | %.2f (%.2f – %.2f) |"
            + " %.2f (%.2f – %.2f) | %.2f× |",
        oBuild.n(),
        oBuild.median(),
        oBuild.min(),
        oBuild.max(),
        bBuild.median(),
        bBuild.min(),
        bBuild.max(),
        oBuild.median() / bBuild.median());
    line(
        "| lexicon build, s, first (cold) build | %.2f | %.2f | |",
        oursColdBuild / 1e9, baselineColdBuild / 1e9);
    line(
        "| heap retained by the compiled lexicon, MB, median (min – max) | %.1f (%.1f – %.1f) |"
            + " %.1f (%.1f – %.1f) | %.2f× |",
        oHeap.median(),
        oHeap.min(),
        oHeap.max(),
        bHeap.median(),
        bHeap.min(),
        bHeap.max(),
        oHeap.median() / bHeap.median());
    line("");
    line(
        "Goal of the issue, ours ≥ %.1f× the baseline's throughput: **%s** (%.2f×).",
        0.5, ratio >= 0.5 ? "met" : "not met", ratio);
    line("");
    line(
        "Heap: %d readings per side, each the growth of the used heap between full collections"
            + " around a build, divided by the copies built: one around the first build (1 copy), then"
            + " %d with %d copies alive at once. The copies share the Lexicon they are built from,"
            + " which is not counted: it takes %.1f MB by the same method; ours keeps a reference to"
            + " it, the baseline only to its IRI strings. Cross-check: the baseline trie's arrays,"
            + " counted from their lengths, take %.1f MB.",
        oHeap.n(), heapReps, heapCopies, lHeap.median(), baselineArrayBytes / 1e6);
    line("");
    line("<details><summary>Every measured round</summary>");
    line("");
    line(
        "| round | first | ours, ms | baseline, ms | ours ÷ baseline throughput |"
            + " GC pauses during ours / baseline, ms | JIT during ours / baseline, ms |");
    line("|---:|---|---:|---:|---:|---:|---:|");
    for (int i = 0; i < ours.size(); i++) {
      boolean oursFirst = (warmup + i) % 2 == 0;
      MatcherBench.Sample o = ours.get(i);
      MatcherBench.Sample b = baseline.get(i);
      line(
          "| %d | %s | %.0f | %.0f | %.2f | %d / %d | %d / %d |",
          i + 1,
          oursFirst ? "ours" : "baseline",
          o.nanos() / 1e6,
          b.nanos() / 1e6,
          pairedRatios.get(i),
          o.gcMillis(),
          b.gcMillis(),
          o.jitMillis(),
          b.jitMillis());
    }
    line("");
    line("</details>");
    line("");
  }

  void buildTimeout(int entries, long timeoutSeconds, TimedBuild<?> baseline, TimedBuild<?> ours) {
    line("## Results");
    line("");
    line(
        "**Not measured: the lexicon did not compile within the deadline of %d s.** Nothing"
            + " else was run. Rerun with a smaller lexicon (`-Dbench.entries=50000`) or a longer"
            + " deadline (`-Dbench.buildTimeout=SECONDS`).",
        timeoutSeconds);
    line("");
    line(
        "| %,d entries (%,d forms) | build | where the build thread was at the deadline |",
        entries, 2 * entries);
    line("|---|---|---|");
    line(
        "| baseline: hankcs ACDAT, %s | %s | %s |",
        split.description(),
        outcome(baseline),
        where(baseline));
    line("| ours: `new LexiconExtractor(lexicon)` | %s | %s |", outcome(ours), where(ours));
    line("");
    line(
        "The builds run one after the other, the baseline first; a build that misses the deadline"
            + " cannot be stopped and keeps running beside the next one.");
    line("");
  }

  private static String outcome(TimedBuild<?> build) {
    return build.finished()
        ? String.format(Locale.ROOT, "%.1f s", build.nanos() / 1e9)
        : "did not finish in " + build.nanos() / 1_000_000_000L + " s";
  }

  private static String where(TimedBuild<?> build) {
    return build.finished() ? "" : "`" + build.stuckIn() + "`";
  }

  void check(MatcherBench.HitCheck c) {
    line("## Hit check");
    line("");
    line(
        "Each side's hits on the first pass, compared with the names written into the text"
            + " (same span, same entity; for ours also the same ending).");
    line("");
    line("| | written | ours found | baseline found |");
    line("|---|---:|---:|---:|");
    line(
        "| names with no ending | %,d | %,d | %,d |",
        c.plainWritten(), c.oursPlainFound(), c.baselinePlainFound());
    line(
        "| names with a Marathi ending glued on | %,d | %,d | %,d (a plain whole-word matcher"
            + " cannot) |",
        c.suffixedWritten(), c.oursSuffixedFound(), c.baselineOnSuffixed());
    line(
        "| hits reported in all | | %,d (%,d with an ending) | %,d |",
        c.oursTotal(), c.oursWithSuffix(), c.baselineTotal());
    line(
        "| hits not at a written name | | %,d | %,d (shorter names inside longer ones) |",
        c.oursElsewhere(), c.baselineElsewhere());
    line("");
    line(
        "Ours' hits without an ending that the baseline does not also report: %,d (expected 0)."
            + " Text free of surrogate pairs (so code points = chars): %s.",
        c.oursPlainNotInBaseline(), c.bmpOnly() ? "yes" : "NO");
    line("");
    line(
        "Result: **%s**",
        c.agree()
            ? "agree: both find every name written without an ending; ours also finds every name"
                + " written with one"
            : "MISMATCH");
    line("");
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private static Stats stats(
      List<MatcherBench.Sample> samples, ToDoubleFunction<MatcherBench.Sample> f) {
    return Stats.of(samples.stream().mapToDouble(f).toArray());
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static String prop(String name) {
    return System.getProperty(name, "?");
  }

  private static String cpuModel() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (l.startsWith("model name")) {
          return l.substring(l.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not readable
    }
    return "unknown model";
  }
}
