package org.newsgraph.extract;

/**
 * Precision, recall and F1 from counts, shared by the evaluations against gold annotations.
 *
 * @param precision right found ÷ found (0 when nothing was found)
 * @param recall gold found ÷ gold (0 when there is no gold)
 */
record Prf(double precision, double recall) {
  static Prf of(int foundRight, int found, int goldFound, int gold) {
    return new Prf(
        found == 0 ? 0 : (double) foundRight / found, gold == 0 ? 0 : (double) goldFound / gold);
  }

  double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
