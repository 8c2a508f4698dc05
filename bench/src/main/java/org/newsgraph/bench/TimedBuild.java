package org.newsgraph.bench;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One build run on its own daemon thread with a deadline. Neither automaton builder can be
 * interrupted, so a build that misses the deadline is left running and only reported (with where
 * its thread was at that moment); the JVM is expected to exit soon after.
 *
 * @param value what was built, or null when the deadline passed
 * @param nanos how long the build took, or the deadline when it passed
 * @param stuckIn the top frames of the build thread when the deadline passed, else empty
 */
record TimedBuild<T>(T value, long nanos, String stuckIn) {

  boolean finished() {
    return value != null;
  }

  static <T> TimedBuild<T> run(String name, Supplier<T> build, long timeoutSeconds) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(build.get());
              } catch (Throwable e) {
                result.completeExceptionally(e);
              }
            },
            "build-" + name);
    thread.setDaemon(true);
    long start = System.nanoTime();
    thread.start();
    try {
      T value = result.get(timeoutSeconds, TimeUnit.SECONDS);
      return new TimedBuild<>(value, System.nanoTime() - start, "");
    } catch (TimeoutException e) {
      String frames =
          Arrays.stream(thread.getStackTrace())
              .limit(3)
              .map(f -> f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber())
              .collect(Collectors.joining(" < "));
      return new TimedBuild<>(null, TimeUnit.SECONDS.toNanos(timeoutSeconds), frames);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building " + name, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("building " + name + " failed", e.getCause());
    }
  }
}
