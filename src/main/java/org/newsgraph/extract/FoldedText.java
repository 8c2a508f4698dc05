package org.newsgraph.extract;

/**
 * A matching view of a text: letters lower-cased, Devanagari digits as ASCII digits, no-break and
 * other spaces as a plain space, curly quotes as straight ones, hyphen variants as {@code -}, and
 * invisible characters (ZWJ, ZWNJ, zero-width space, soft hyphen, BOM) removed. Each char of the
 * view remembers the index of the char it came from, so hits map back to the stored text exactly.
 *
 * <p>Lexicon labels and case endings are folded the same way, so {@code ली कै-फु} written with a
 * no-break space or {@code ०१.AI} with Devanagari digits still match.
 */
final class FoldedText {
  private static final char DEVANAGARI_ZERO = '\u0966';
  private static final char DEVANAGARI_NINE = '\u096F';

  private final String folded;
  private final int[] origin;
  private final int originalLength;

  private FoldedText(String folded, int[] origin, int originalLength) {
    this.folded = folded;
    this.origin = origin;
    this.originalLength = originalLength;
  }

  static FoldedText of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c != DROP) {
        origin[out.length()] = i;
        out.append(c);
      }
    }
    return new FoldedText(out.toString(), origin, text.length());
  }

  /** Folds a label or ending; the index map is not needed there. */
  static String fold(String text) {
    return of(text).folded;
  }

  private static final char DROP = '\uFFFF';

  private static char fold(char c) {
    if (c >= DEVANAGARI_ZERO && c <= DEVANAGARI_NINE) {
      return (char) ('0' + (c - DEVANAGARI_ZERO));
    }
    return switch (c) {
      case '\u200C', '\u200D', '\u200B', '\u00AD', '\uFEFF', '\u2060' -> DROP;
      case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u3000', '\t' -> ' ';
      case '\u2018', '\u2019', '\u201A', '\u2032', '\u02BC' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012' -> '-';
      default -> Character.toLowerCase(c);
    };
  }

  String text() {
    return folded;
  }

  /** Index in the original text of the char at {@code foldedIndex}. */
  int originalBegin(int foldedIndex) {
    return foldedIndex == folded.length() ? originalLength : origin[foldedIndex];
  }

  /** Index in the original text just after the char before {@code foldedEnd}. */
  int originalEnd(int foldedEnd) {
    return foldedEnd == 0 ? 0 : origin[foldedEnd - 1] + 1;
  }
}
