package org.newsgraph.extract.rules;

import org.newsgraph.article.Sentence;
import org.newsgraph.extract.Evidence;

/**
 * A rule's cue word found in the text.
 *
 * @param begin start, code points
 * @param end end of the word with any case ending written onto it
 * @param unit the heading, sentence or list item it stands in
 */
record Cue(int begin, int end, Sentence unit) {

  /**
   * Evidence in the cue's sentence: the minimal span covering the cue and the given spans (each a
   * {@code {begin, end}} pair).
   */
  Evidence evidence(String rule, double confidence, int[]... spans) {
    int from = begin;
    int to = end;
    for (int[] span : spans) {
      from = Math.min(from, span[0]);
      to = Math.max(to, span[1]);
    }
    return new Evidence(from, to, unit.begin(), unit.end(), rule, confidence, RuleEngine.NAME);
  }
}
