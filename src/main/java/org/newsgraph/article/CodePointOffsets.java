package org.newsgraph.article;

/**
 * Converts UTF-16 char indices of one string into code point indices, as NIF offsets count. Text
 * without surrogate pairs (all of Devanagari and most of Han) needs no table.
 */
public final class CodePointOffsets {
  private final int[] codePointAt;

  private CodePointOffsets(int[] codePointAt) {
    this.codePointAt = codePointAt;
  }

  public static CodePointOffsets of(String text) {
    if (!hasSurrogate(text)) {
      return new CodePointOffsets(null);
    }
    int[] table = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      table[i] = cp;
      if (!Character.isLowSurrogate(text.charAt(i))) {
        cp++;
      }
    }
    table[text.length()] = cp;
    return new CodePointOffsets(table);
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public int toCodePoint(int charIndex) {
    return codePointAt == null ? charIndex : codePointAt[charIndex];
  }
}
