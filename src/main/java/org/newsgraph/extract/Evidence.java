package org.newsgraph.extract;

import java.util.Objects;

/**
 * Where the article says something: the minimal span covering the cue and the arguments, the
 * sentence (or list passage) around it, the rule that read it and how sure it is.
 *
 * @param begin evidence start, code points of the article text
 * @param end evidence end (exclusive)
 * @param sentenceBegin start of the sentence; for a list item, of the sentence introducing the list
 * @param sentenceEnd end of the sentence (exclusive); for a list item, the end of the item
 * @param rule id of the rule in {@code data/rules/}, or of the curator who wrote the fact
 * @param confidence from 0 to 1
 * @param extractor name of the step that read it ({@code rules}); {@value Mention#CURATED} when a
 *     hand-written extraction document does not say
 */
public record Evidence(
    int begin,
    int end,
    int sentenceBegin,
    int sentenceEnd,
    String rule,
    double confidence,
    String extractor) {
  public Evidence {
    extractor = Objects.requireNonNullElse(extractor, Mention.CURATED);
    if (begin < sentenceBegin || end > sentenceEnd || begin >= end) {
      throw new ExtractException(
          "evidence ["
              + begin
              + ","
              + end
              + ") must lie inside its sentence ["
              + sentenceBegin
              + ","
              + sentenceEnd
              + ") and not be empty (rule "
              + rule
              + ")");
    }
    if (confidence < 0 || confidence > 1) {
      throw new ExtractException("confidence " + confidence + " outside [0,1] (rule " + rule + ")");
    }
  }
}
