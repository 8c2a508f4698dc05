package org.newsgraph.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.extract.LexiconEntry;
import org.newsgraph.extract.LexiconExtractor;
import org.newsgraph.extract.Mention;

/**
 * Throughput and heap of newsgraph's lexicon matcher ({@link LexiconExtractor#extract}, Marathi
 * endings on) next to a plain whole-word Aho-Corasick baseline ({@link WholeWordBaseline}), in one
 * JVM, on one synthetic lexicon and text ({@link SyntheticCorpus}).
 *
 * <p>Steps: make the data; build both matchers once (cold); run each once and check their hits
 * against the names written into the text; then warm-up rounds and measured rounds, each round
 * running both sides once, in alternating order (ours first in even rounds, the baseline first in
 * odd ones) so that drift and collector debt fall on both; last, the heap retained by each compiled
 * lexicon ({@link HeapMeter}), whose builds also give the build times. Progress goes to stderr, the
 * Markdown report to stdout. Exit status 3 when the hit check fails.
 *
 * <p>Each build runs with a deadline ({@code bench.buildTimeout}): when either side's lexicon does
 * not compile in time, the report says so and the exit status is 4, with nothing else measured.
 *
 * <p>Settings are system properties: {@code bench.suffixes} (path of suffixes-mr.txt, required),
 * {@code bench.entries} (100000), {@code bench.chars} (20000000), {@code bench.seed} (20250101),
 * {@code bench.warmup} (5), {@code bench.rounds} (15), {@code bench.heapCopies} (2), {@code
 * bench.heapReps} (1), {@code bench.buildTimeout} (240 s), {@code bench.nameRate} (0.035), {@code
 * bench.suffixShare} (0.4), {@code bench.baseline} ({@code one}, or {@code per-script}: see {@link
 * WholeWordBaseline.Split}).
 */
public final class MatcherBench {
  private static final double GOAL = 0.5;

  private MatcherBench() {}

  /** One timed pass over the whole text. */
  record Sample(long nanos, long gcMillis, long jitMillis, long allocatedBytes, int hits) {}

  public static void main(String[] args) throws Exception {
    Path suffixFile = Path.of(required("bench.suffixes"));
    int entryCount = Integer.getInteger("bench.entries", 100_000);
    int chars = Integer.getInteger("bench.chars", 20_000_000);
    long seed = Long.getLong("bench.seed", 20250101L);
    int warmup = Integer.getInteger("bench.warmup", 5);
    int rounds = Integer.getInteger("bench.rounds", 15);
    int heapCopies = Integer.getInteger("bench.heapCopies", 2);
    int heapReps = Integer.getInteger("bench.heapReps", 1);
    long buildTimeout = Long.getLong("bench.buildTimeout", 240);
    double nameRate = Double.parseDouble(System.getProperty("bench.nameRate", "0.035"));
    double suffixShare = Double.parseDouble(System.getProperty("bench.suffixShare", "0.4"));
    WholeWordBaseline.Split split =
        WholeWordBaseline.Split.parse(System.getProperty("bench.baseline", "one"));

    // ---- data
    String loadAtStart = Report.loadAverage();
    log("load average at the start: %s", loadAtStart);
    long t = System.nanoTime();
    Set<String> suffixes = SyntheticCorpus.readSuffixes(suffixFile);
    SyntheticCorpus.Names names = SyntheticCorpus.names(entryCount, seed);
    List<LexiconEntry> entries = SyntheticCorpus.entries(names);
    Lexicon lexicon = SyntheticCorpus.lexicon(entries, suffixes);
    SyntheticCorpus.Corpus corpus =
        SyntheticCorpus.text(names, List.copyOf(suffixes), chars, nameRate, suffixShare, seed + 1);
    String text = corpus.text();
    Article article =
        new Article(
            "bench-synthetic",
            "synthetic benchmark text",
            "mr",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            text,
            "synthetic");
    long utf8Bytes = text.getBytes(StandardCharsets.UTF_8).length;
    log(
        "data: %,d entries, %,d chars (%,d UTF-8 bytes), %,d names written, in %.1f s",
        entries.size(), text.length(), utf8Bytes, corpus.inserts().size(), secs(t));

    // ---- cold builds, each with a deadline; they also give the first heap reading of each side
    List<Long> oursHeap = new ArrayList<>();
    List<Long> baselineHeap = new ArrayList<>();
    long heap0 = HeapMeter.settledUsed();
    TimedBuild<WholeWordBaseline> baselineCold =
        TimedBuild.run("baseline", () -> new WholeWordBaseline(entries, split), buildTimeout);
    log("cold build, baseline: %s", describe(baselineCold));
    long heap1 = HeapMeter.settledUsed();
    TimedBuild<LexiconExtractor> oursCold =
        TimedBuild.run("ours", () -> new LexiconExtractor(lexicon), buildTimeout);
    log("cold build, ours: %s", describe(oursCold));
    long heap2 = HeapMeter.settledUsed();
    if (!baselineCold.finished() || !oursCold.finished()) {
      Report report = new Report(split);
      report.machine(loadAtStart);
      report.data(entries.size(), names, corpus, utf8Bytes, suffixes.size(), seed);
      report.buildTimeout(entries.size(), buildTimeout, baselineCold, oursCold);
      System.out.print(report);
      System.out.flush();
      log("a build missed its deadline of %d s: nothing else measured", buildTimeout);
      System.exit(4);
    }
    WholeWordBaseline baseline = baselineCold.value();
    LexiconExtractor ours = oursCold.value();
    baselineHeap.add(heap1 - heap0);
    oursHeap.add(heap2 - heap1);

    // ---- hit check
    List<Mention> mentions = ours.extract(article).mentions();
    List<WholeWordBaseline.Match> matches = baseline.find(text);
    HitCheck check = HitCheck.of(corpus, entries, mentions, matches, text);
    log("hit check: %s", check.agree() ? "agree" : "MISMATCH");

    // ---- throughput
    IntSupplier runOurs = () -> ours.extract(article).mentions().size();
    IntSupplier runBaseline = () -> baseline.find(text).size();
    List<Sample> oursSamples = new ArrayList<>();
    List<Sample> baselineSamples = new ArrayList<>();
    List<Double> pairedRatios = new ArrayList<>();
    long sink = 0;
    for (int r = 0; r < warmup + rounds; r++) {
      boolean oursFirst = r % 2 == 0;
      Sample a = time(oursFirst ? runOurs : runBaseline);
      Sample b = time(oursFirst ? runBaseline : runOurs);
      Sample o = oursFirst ? a : b;
      Sample x = oursFirst ? b : a;
      sink += o.hits() + x.hits();
      boolean measured = r >= warmup;
      if (measured) {
        oursSamples.add(o);
        baselineSamples.add(x);
        pairedRatios.add((double) x.nanos() / o.nanos());
      }
      log(
          "%s %2d: ours %7.1f ms, baseline %7.1f ms",
          measured ? "round " : "warm-up",
          measured ? r - warmup + 1 : r + 1,
          o.nanos() / 1e6,
          x.nanos() / 1e6);
    }

    // ---- heap and build time
    List<Long> oursBuild = new ArrayList<>();
    List<Long> baselineBuild = new ArrayList<>();
    for (int rep = 0; rep < heapReps; rep++) {
      HeapMeter.measure(() -> new LexiconExtractor(lexicon), heapCopies, oursHeap, oursBuild);
      HeapMeter.measure(
          () -> new WholeWordBaseline(entries, split), heapCopies, baselineHeap, baselineBuild);
      log(
          "heap %d/%d: ours %.1f MB, baseline %.1f MB per copy",
          rep + 1, heapReps, oursHeap.getLast() / 1e6, baselineHeap.getLast() / 1e6);
    }
    List<Long> lexiconHeap = new ArrayList<>();
    HeapMeter.measure(
        () ->
            SyntheticCorpus.lexicon(
                SyntheticCorpus.entries(SyntheticCorpus.names(entryCount, seed)), suffixes),
        2,
        lexiconHeap,
        new ArrayList<>());
    log("heap: the Lexicon record itself %.1f MB", lexiconHeap.getLast() / 1e6);

    // ---- report
    Report report = new Report(split);
    report.machine(loadAtStart);
    report.data(entries.size(), names, corpus, utf8Bytes, suffixes.size(), seed);
    report.results(
        text.length(),
        utf8Bytes,
        oursSamples,
        baselineSamples,
        pairedRatios,
        oursCold.nanos(),
        baselineCold.nanos(),
        oursBuild,
        baselineBuild,
        oursHeap,
        baselineHeap,
        lexiconHeap,
        baseline.arrayBytes(),
        heapCopies,
        heapReps,
        warmup);
    report.check(check);
    System.out.print(report);
    System.out.flush();
    log("done (sink %d)", sink);
    if (!check.agree()) {
      System.exit(3);
    }
  }

  private static String describe(TimedBuild<?> build) {
    return build.finished()
        ? String.format(Locale.ROOT, "%.2f s", build.nanos() / 1e9)
        : "did not finish in " + build.nanos() / 1_000_000_000L + " s, at " + build.stuckIn();
  }

  private static Sample time(IntSupplier pass) {
    long gc0 = gcMillis();
    long jit0 = jitMillis();
    long alloc0 = allocatedBytes();
    long start = System.nanoTime();
    int hits = pass.getAsInt();
    long nanos = System.nanoTime() - start;
    return new Sample(nanos, gcMillis() - gc0, jitMillis() - jit0, allocatedBytes() - alloc0, hits);
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** Milliseconds the JIT compilers have spent so far (on all threads), or 0 when unknown. */
  private static long jitMillis() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  /** Bytes this thread has allocated so far, or -1 when the JVM does not say. */
  private static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
      return threads.getCurrentThreadAllocatedBytes();
    }
    return -1;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("set -D" + property);
    }
    return value;
  }

  private static double secs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void log(String format, Object... args) {
    System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    System.err.flush();
  }

  /** Both sides' hits compared with the names written into the text. */
  record HitCheck(
      int plainWritten,
      int suffixedWritten,
      int oursPlainFound,
      int oursSuffixedFound,
      int baselinePlainFound,
      int baselineOnSuffixed,
      int oursTotal,
      int oursWithSuffix,
      int oursElsewhere,
      int oursPlainNotInBaseline,
      int baselineTotal,
      int baselineElsewhere,
      boolean bmpOnly) {

    boolean agree() {
      return bmpOnly
          && oursPlainFound == plainWritten
          && baselinePlainFound == plainWritten
          && oursSuffixedFound == suffixedWritten
          && baselineOnSuffixed == 0
          && oursPlainNotInBaseline == 0;
    }

    static HitCheck of(
        SyntheticCorpus.Corpus corpus,
        List<LexiconEntry> entries,
        List<Mention> mentions,
        List<WholeWordBaseline.Match> matches,
        String text) {
      // Offsets of mentions are code points; with no surrogate pairs they equal char indices.
      boolean bmpOnly = text.codePointCount(0, text.length()) == text.length();
      Map<Integer, Mention> oursByBegin = new HashMap<>();
      for (Mention m : mentions) {
        oursByBegin.put(m.begin(), m);
      }
      Map<Long, String> baselineBySpan = new HashMap<>();
      for (WholeWordBaseline.Match m : matches) {
        baselineBySpan.put(span(m.begin(), m.end()), m.entity());
      }
      int plain = 0;
      int suffixed = 0;
      int oursPlain = 0;
      int oursSuffixed = 0;
      int basePlain = 0;
      int baseOnSuffixed = 0;
      Set<Integer> writtenBegins = new HashSet<>();
      Set<Long> writtenSpans = new HashSet<>();
      for (SyntheticCorpus.Insert in : corpus.inserts()) {
        writtenBegins.add(in.begin());
        writtenSpans.add(span(in.begin(), in.end()));
        String iri = entries.get(in.entry()).iri();
        Mention m = oursByBegin.get(in.begin());
        boolean oursHit =
            m != null
                && m.end() == in.end()
                && m.suffix().equals(in.suffix())
                && m.entity().equals(iri);
        if (in.suffix().isEmpty()) {
          plain++;
          oursPlain += oursHit ? 1 : 0;
          basePlain += iri.equals(baselineBySpan.get(span(in.begin(), in.end()))) ? 1 : 0;
        } else {
          suffixed++;
          oursSuffixed += oursHit ? 1 : 0;
          baseOnSuffixed += baselineBySpan.containsKey(span(in.begin(), in.end())) ? 1 : 0;
        }
      }
      int withSuffix = 0;
      int elsewhere = 0;
      int plainNotInBaseline = 0;
      for (Mention m : mentions) {
        if (!m.suffix().isEmpty()) {
          withSuffix++;
        } else if (!baselineBySpan.containsKey(span(m.begin(), m.end()))) {
          plainNotInBaseline++;
        }
        if (!writtenBegins.contains(m.begin())) {
          elsewhere++;
        }
      }
      int baseElsewhere = 0;
      for (WholeWordBaseline.Match m : matches) {
        if (!writtenSpans.contains(span(m.begin(), m.end()))) {
          baseElsewhere++;
        }
      }
      return new HitCheck(
          plain,
          suffixed,
          oursPlain,
          oursSuffixed,
          basePlain,
          baseOnSuffixed,
          mentions.size(),
          withSuffix,
          elsewhere,
          plainNotInBaseline,
          matches.size(),
          baseElsewhere,
          bmpOnly);
    }

    private static long span(int begin, int end) {
      return ((long) begin << 32) | end;
    }
  }
}
