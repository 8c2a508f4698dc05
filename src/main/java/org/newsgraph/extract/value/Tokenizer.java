package org.newsgraph.extract.value;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.WordBoundary;

/**
 * Cuts a sentence into {@link Token}s. Letters, combining marks (Devanagari vowel signs, virama,
 * nukta) and the joiners ZWJ/ZWNJ belong to a word; a digit run takes in a decimal separator
 * followed by a digit and a group separator followed by two or three digits ({@code 1,000,000},
 * {@code 10,00,000}, {@code ९.५}).
 *
 * <p>For a language that writes endings onto words, a word that is not itself known is cut into a
 * known word followed by up to {@value #MAX_PIECES} pieces, each an ending or another known word
 * ({@code कार्डांइतकाच} is {@code कार्ड} + {@code ां} + {@code इतका} + {@code च}, {@code तीनशे} is
 * {@code तीन} + {@code शे}); letters glued onto digits are cut into pieces the same way ({@code
 * 2024मध्ये}). A word that cannot be cut so stays whole, so {@code एकदा} never contains {@code एक}.
 */
final class Tokenizer {
  static final int MAX_PIECES = 3;
  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;

  private final String decimalSeparator;
  private final String groupSeparator;
  private final Set<String> heads;
  private final Set<String> pieces;

  private Tokenizer(
      String decimalSeparator, String groupSeparator, Set<String> heads, Set<String> pieces) {
    this.decimalSeparator = decimalSeparator;
    this.groupSeparator = groupSeparator;
    this.heads = Set.copyOf(heads);
    this.pieces = Set.copyOf(pieces);
  }

  /** A tokenizer that never cuts words: for the phrases in the data files. */
  static Tokenizer plain(String decimalSeparator, String groupSeparator) {
    return new Tokenizer(decimalSeparator, groupSeparator, Set.of(), Set.of());
  }

  /**
   * A tokenizer that cuts a word into one of {@code heads} followed by {@code pieces}; with no
   * pieces it cuts nothing.
   */
  Tokenizer cutting(Set<String> heads, Set<String> pieces) {
    return new Tokenizer(decimalSeparator, groupSeparator, heads, pieces);
  }

  String decimalSeparator() {
    return decimalSeparator;
  }

  String groupSeparator() {
    return groupSeparator;
  }

  List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    boolean space = true;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isSpace(cp)) {
        space = true;
        i = next;
        continue;
      }
      boolean glued = !space && !out.isEmpty();
      space = false;
      if (Character.isDigit(cp)) {
        int end = digitsEnd(text, next);
        out.add(new Token(i, end, key(text.substring(i, end)), Token.Kind.DIGITS, glued));
        i = end;
      } else if (isUnspaced(cp)) {
        out.add(new Token(i, next, key(text.substring(i, next)), Token.Kind.UNSPACED, glued));
        i = next;
      } else if (isWordChar(cp)) {
        int end = next;
        while (end < text.length()) {
          int c = text.codePointAt(end);
          if (!isWordChar(c) || Character.isDigit(c) || isUnspaced(c)) {
            break;
          }
          end += Character.charCount(c);
        }
        boolean afterDigits = glued && out.get(out.size() - 1).kind() == Token.Kind.DIGITS;
        addWord(out, text, i, end, glued, afterDigits);
        i = end;
      } else {
        out.add(new Token(i, next, key(text.substring(i, next)), Token.Kind.SYMBOL, glued));
        i = next;
      }
    }
    return out;
  }

  private int digitsEnd(String text, int from) {
    int end = skipDigits(text, from);
    boolean decimal = false;
    while (true) {
      if (!decimal && !groupSeparator.isEmpty() && text.startsWith(groupSeparator, end)) {
        int after = end + groupSeparator.length();
        int groupEnd = skipDigits(text, after);
        int digits = text.codePointCount(after, groupEnd);
        if (digits == 2 || digits == 3) {
          end = groupEnd;
          continue;
        }
      }
      if (!decimal && text.startsWith(decimalSeparator, end)) {
        int after = end + decimalSeparator.length();
        int fractionEnd = skipDigits(text, after);
        if (fractionEnd > after) {
          end = fractionEnd;
          decimal = true;
          continue;
        }
      }
      return end;
    }
  }

  private static int skipDigits(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isDigit(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end));
    }
    return end;
  }

  private void addWord(
      List<Token> out, String text, int begin, int end, boolean glued, boolean afterDigits) {
    String whole = key(text.substring(begin, end));
    List<Integer> cuts = null;
    if (!pieces.isEmpty() && !heads.contains(whole) && !pieces.contains(whole)) {
      cuts = afterDigits ? cut(text, begin, end, MAX_PIECES) : null;
      if (cuts == null) {
        cuts = cutAfterHead(text, begin, end);
      }
    }
    if (cuts == null) {
      out.add(new Token(begin, end, whole, Token.Kind.WORD, glued));
      return;
    }
    int from = begin;
    for (int to : cuts) {
      out.add(new Token(from, to, key(text.substring(from, to)), Token.Kind.WORD, glued));
      glued = true;
      from = to;
    }
  }

  /** Ends of the head and of each piece, or null when the word is not a head plus pieces. */
  private List<Integer> cutAfterHead(String text, int begin, int end) {
    for (int p = text.offsetByCodePoints(end, -1); p > begin; p = previous(text, p)) {
      if (heads.contains(key(text.substring(begin, p)))) {
        List<Integer> rest = cut(text, p, end, MAX_PIECES);
        if (rest != null) {
          rest.add(0, p);
          return rest;
        }
      }
    }
    return null;
  }

  /** Ends of up to {@code max} pieces that make up [from, to), longest first; null if none. */
  private List<Integer> cut(String text, int from, int to, int max) {
    if (from == to) {
      return new ArrayList<>();
    }
    if (max == 0) {
      return null;
    }
    for (int p = to; p > from; p = previous(text, p)) {
      if (pieces.contains(key(text.substring(from, p)))) {
        List<Integer> rest = cut(text, p, to, max - 1);
        if (rest != null) {
          rest.add(0, p);
          return rest;
        }
      }
    }
    return null;
  }

  private static int previous(String text, int index) {
    return index - Character.charCount(text.codePointBefore(index));
  }

  /** The matching form of a word or phrase: NFC, lower case, without invisible joiners. */
  static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Normalizer.normalize(text, Normalizer.Form.NFC)
        .codePoints()
        .filter(cp -> cp != ZWJ && cp != ZWNJ && cp != 0x00AD)
        .forEach(out::appendCodePoint);
    return out.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x200B
        || cp == 0x2060
        || cp == 0xFEFF;
  }

  static boolean isWordChar(int cp) {
    return WordBoundary.isWordChar(cp);
  }

  static boolean isUnspaced(int cp) {
    return WordBoundary.isUnspaced(cp);
  }
}
