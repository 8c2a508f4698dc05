package org.newsgraph.bench;

import java.util.Arrays;
import java.util.List;

/** Mean, sample standard deviation, median, min and max of a series. */
record Stats(int n, double mean, double sd, double median, double min, double max) {

  static Stats of(List<? extends Number> values) {
    return of(values.stream().mapToDouble(Number::doubleValue).toArray());
  }

  static Stats of(double[] values) {
    if (values.length == 0) {
      return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double mean = Arrays.stream(sorted).average().orElseThrow();
    double squares = 0;
    for (double v : sorted) {
      squares += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Stats(n, mean, sd, median, sorted[0], sorted[n - 1]);
  }
}
