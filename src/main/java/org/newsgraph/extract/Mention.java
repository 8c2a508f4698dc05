package org.newsgraph.extract;

/**
 * A span of article text that names a known entity.
 *
 * @param entity IRI of the entity it refers to
 * @param begin start offset, in code points of the article text
 * @param end end offset (exclusive), in code points
 * @param anchor the text between {@code begin} and {@code end}
 * @param suffix a case ending written onto the name right after the span, or empty
 * @param confidence how sure the step is, from 0 to 1
 * @param extractor name of the step that found it
 */
public record Mention(
    String entity,
    int begin,
    int end,
    String anchor,
    String suffix,
    double confidence,
    String extractor) {

  public Mention {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ") for " + anchor);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence + " outside [0,1]");
    }
  }
}
