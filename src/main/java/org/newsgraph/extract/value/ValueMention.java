package org.newsgraph.extract.value;

/**
 * A value found in a sentence: an amount, a multiplication or a date, with the words it was read
 * from. Spans count UTF-16 chars of the string that was searched; {@code
 * org.newsgraph.article.CodePointOffsets} converts them to the code points NIF counts.
 */
public sealed interface ValueMention permits Quantity, Multiplier, DateMention {

  /** Start of the words, in chars of the searched string. */
  int begin();

  /** End of the words (exclusive), in chars of the searched string. */
  int end();

  /** The words exactly as written: the searched string from {@link #begin} to {@link #end}. */
  String text();

  /** Checks a span and its text; shared by the records. */
  static void checkSpan(int begin, int end, String text) {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span [" + begin + "," + end + ") for " + text);
    }
    if (text == null || text.length() != end - begin) {
      throw new IllegalArgumentException(
          "text '" + text + "' does not fit the span [" + begin + "," + end + ")");
    }
  }
}
