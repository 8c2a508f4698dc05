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

  /** {@link #flags} bit: the code point belongs to a word. */
  static final int WORD = 1;

  /** {@link #flags} bit: the code point is of a script written without spaces. */
  static final int UNSPACED = 2;

  private static final byte[] BMP_FLAGS = bmpFlags();

  /** {@link #WORD} and {@link #UNSPACED} of {@code cp}, from a table for the BMP. */
  static int flags(int cp) {
    return cp <= Character.MAX_VALUE ? BMP_FLAGS[cp] : compute(cp);
  }

  /**
   * True when a name may start after a code point with {@code flagsBefore} and at one with {@code
   * flagsAt}: the one before is no word char, or either is of an unspaced script.
   */
  static boolean startsWord(int flagsBefore, int flagsAt) {
    return (flagsBefore & WORD) == 0 || ((flagsBefore | flagsAt) & UNSPACED) != 0;
  }

  /**
   * True when a name may end after a code point with {@code flagsBefore} and before one with {@code
   * flagsAfter}: the one after is no word char, or either is of an unspaced script.
   */
  static boolean endsWord(int flagsBefore, int flagsAfter) {
    return (flagsAfter & WORD) == 0 || ((flagsBefore | flagsAfter) & UNSPACED) != 0;
  }

  private static byte[] bmpFlags() {
    byte[] table = new byte[Character.MAX_VALUE + 1];
    for (int cp = 0; cp <= Character.MAX_VALUE; cp++) {
      table[cp] = (byte) compute(cp);
    }
    return table;
  }

  private static int compute(int cp) {
    return (isWordChar(cp) ? WORD : 0) | (isUnspaced(cp) ? UNSPACED : 0);
  }
}
