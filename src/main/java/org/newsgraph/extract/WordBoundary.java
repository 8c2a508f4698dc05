package org.newsgraph.extract;

/**
 * Decides where a name may start and end. Letters, digits, combining marks (Devanagari vowel signs,
 * virama, nukta) and the joiners ZWJ/ZWNJ belong to a word; scripts written without spaces (Han,
 * kana) have a boundary between any two characters.
 */
public final class WordBoundary {
  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;

  private WordBoundary() {}

  public static boolean isWordChar(int cp) {
    if (cp == ZWNJ || cp == ZWJ || Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  public static boolean isUnspaced(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** True when a name may start at char index {@code begin} of {@code text}. */
  static boolean startsWord(String text, int begin) {
    if (begin == 0) {
      return true;
    }
    int before = text.codePointBefore(begin);
    return !isWordChar(before) || isUnspaced(before) || isUnspaced(text.codePointAt(begin));
  }

  /** True when a name may end at char index {@code end} of {@code text}. */
  static boolean endsWord(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    int after = text.codePointAt(end);
    return !isWordChar(after) || isUnspaced(after) || isUnspaced(text.codePointBefore(end));
  }
}
