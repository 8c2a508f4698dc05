package org.newsgraph.bench;

import java.lang.ref.Reference;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures the heap an object graph retains, with public APIs only: build {@code copies} copies and
 * keep them all reachable, force full collections before and after, and divide the growth of the
 * used heap ({@code Runtime.totalMemory() - freeMemory()}) by the number of copies. Whatever the
 * copies share (here the Lexicon they are built from) is not counted; garbage made while building
 * is collected before the second reading. Building several copies per reading makes the fixed
 * measurement noise (a few hundred KB from the collector's own bookkeeping) small per copy.
 */
final class HeapMeter {
  private HeapMeter() {}

  /**
   * Builds {@code copies} copies with {@code build}, adds the retained bytes per copy to {@code
   * perCopy} and each build's duration to {@code buildNanos}.
   */
  static void measure(Supplier<?> build, int copies, List<Long> perCopy, List<Long> buildNanos) {
    Object[] keep = new Object[copies];
    long before = settledUsed();
    for (int i = 0; i < copies; i++) {
      long start = System.nanoTime();
      keep[i] = build.get();
      buildNanos.add(System.nanoTime() - start);
    }
    long after = settledUsed();
    Reference.reachabilityFence(keep);
    perCopy.add((after - before) / copies);
  }

  /** Used heap after full collections, once two readings in a row agree within 64 KB. */
  static long settledUsed() {
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < 8; i++) {
      System.gc();
      long used = used();
      if (Math.abs(used - previous) < 64 * 1024) {
        return used;
      }
      previous = used;
    }
    return previous;
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
