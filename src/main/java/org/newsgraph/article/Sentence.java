package org.newsgraph.article;

/**
 * One unit of an article's structure: a heading, a list item or a sentence of running text.
 *
 * @param index position in the article, from 0
 * @param begin start, in code points of the article text
 * @param end end (exclusive), in code points
 * @param text the words, as stored
 * @param kind heading, list item or sentence
 * @param cue for a list item, the index of the sentence or heading that introduces the list ({@code
 *     "challenges:"}); -1 otherwise
 * @param section the index of the heading the unit stands under, or -1
 */
public record Sentence(
    int index, int begin, int end, String text, Kind kind, int cue, int section) {

  /** What a unit of text is. */
  public enum Kind {
    HEADING,
    LIST_ITEM,
    SENTENCE
  }

  public boolean contains(int from, int to) {
    return begin <= from && to <= end;
  }
}
