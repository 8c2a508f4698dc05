package org.newsgraph.extract;

/**
 * How text is folded for matching: letters lower-cased, Devanagari digits as ASCII digits, no-break
 * and other spaces as a plain space, curly quotes as straight ones, hyphen variants as {@code -},
 * Traditional Chinese chars as their Simplified forms ({@link HanVariants}), and invisible
 * characters (ZWJ, ZWNJ, zero-width space, soft hyphen, BOM, word joiner) dropped.
 *
 * <p>Lexicon labels and case endings are folded once, as strings; article text is folded char by
 * char while it is matched, through a table, so that no folded copy of the text is made and every
 * index stays an index of the stored text. {@code ली कै-फु} written with a no-break space or {@code
 * ०१.AI} with Devanagari digits still match.
 */
final class Folding {
  /** What {@link #fold(char)} returns for a char that matching skips. */
  static final char DROP = '\uFFFF';

  private static final char DEVANAGARI_ZERO = '\u0966';
  private static final char DEVANAGARI_NINE = '\u096F';
  private static final char[] TABLE = table();

  private Folding() {}

  /** The folded form of a label or ending. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c != DROP) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The folded char, or {@link #DROP}. */
  static char fold(char c) {
    return TABLE[c];
  }

  private static char[] table() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = compute((char) c);
    }
    return table;
  }

  private static char compute(char c) {
    if (c >= DEVANAGARI_ZERO && c <= DEVANAGARI_NINE) {
      return (char) ('0' + (c - DEVANAGARI_ZERO));
    }
    return switch (c) {
      case '\u200C', '\u200D', '\u200B', '\u00AD', '\uFEFF', '\u2060', DROP -> DROP;
      case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u3000', '\t' -> ' ';
      case '\u2018', '\u2019', '\u201A', '\u2032', '\u02BC' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012' -> '-';
      default -> HanVariants.simplified(Character.toLowerCase(c));
    };
  }
}
