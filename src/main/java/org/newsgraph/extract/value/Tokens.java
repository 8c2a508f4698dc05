package org.newsgraph.extract.value;

import java.util.List;
import java.util.Set;

/**
 * The tokens of one sentence, with the rules for where a value may start and end: only at a word
 * boundary. Two letter or digit tokens with no space between belong to one word, and so do two
 * joined by a glued {@code . - / _ :} ({@code 01.AI}, {@code GPT-4}, {@code 2024-25}, {@code
 * 10:30}); scripts written without spaces have a boundary between any two characters.
 */
final class Tokens {
  private static final Set<String> JOINERS = Set.of(".", "-", "/", "_", ":", "\u2010", "\u2011");

  private final String text;
  private final List<Token> list;

  Tokens(String text, List<Token> list) {
    this.text = text;
    this.list = List.copyOf(list);
  }

  int size() {
    return list.size();
  }

  Token get(int index) {
    return list.get(index);
  }

  /** True when token {@code index} exists and has no space before it. */
  boolean gluedAt(int index) {
    return index < list.size() && list.get(index).glued();
  }

  /** True when a value may start at token {@code index}. */
  boolean startsWord(int index) {
    Token token = list.get(index);
    if (index == 0 || !token.glued()) {
      return true;
    }
    Token before = list.get(index - 1);
    if (unspaced(before, token) || !token.alphanumeric()) {
      return true;
    }
    if (before.alphanumeric()) {
      return false;
    }
    return !(isJoiner(before) && index >= 2 && list.get(index - 2).alphanumeric());
  }

  /** True when a value may end just before token {@code index} (the first one after it). */
  boolean endsWord(int index) {
    if (index == 0 || index >= list.size() || !list.get(index).glued()) {
      return true;
    }
    Token last = list.get(index - 1);
    Token next = list.get(index);
    if (unspaced(last, next) || !last.alphanumeric()) {
      return true;
    }
    if (next.alphanumeric()) {
      return false;
    }
    return !(isJoiner(next) && gluedAt(index + 1) && list.get(index + 1).alphanumeric());
  }

  /**
   * True when token {@code index} and the one before it are apart because one of them is of a
   * script written without spaces ({@code 元} and {@code 以上} in {@code 1亿元以上}).
   */
  boolean unspacedBefore(int index) {
    return index > 0 && index < list.size() && unspaced(list.get(index - 1), list.get(index));
  }

  /** True when token {@code index} is one of {@code endings} glued onto the word before it. */
  boolean isEnding(int index, Set<String> endings) {
    if (index == 0 || index >= list.size()) {
      return false;
    }
    Token token = list.get(index);
    return token.glued()
        && token.kind() == Token.Kind.WORD
        && list.get(index - 1).alphanumeric()
        && endings.contains(token.key());
  }

  /** The first token at or after {@code index} that is not a glued ending. */
  int skipEndings(int index, Set<String> endings) {
    int at = index;
    while (isEnding(at, endings)) {
      at++;
    }
    return at;
  }

  /** The sentence text from the start of token {@code from} to the end of token {@code to - 1}. */
  String text(int from, int to) {
    return text.substring(begin(from), end(to));
  }

  int begin(int from) {
    return list.get(from).begin();
  }

  int end(int to) {
    return list.get(to - 1).end();
  }

  private static boolean unspaced(Token a, Token b) {
    return a.kind() == Token.Kind.UNSPACED || b.kind() == Token.Kind.UNSPACED;
  }

  private static boolean isJoiner(Token token) {
    return token.kind() == Token.Kind.SYMBOL && JOINERS.contains(token.key());
  }
}
