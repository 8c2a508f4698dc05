package org.newsgraph.extract.value;

/**
 * One piece of a sentence as the value finder sees it: a run of digits (with the language's decimal
 * and group separators inside), a run of letters, one character of a script written without spaces
 * (Han, kana), or one other symbol. A word with endings glued onto it is cut into its known word
 * and its endings ({@code युआनपेक्षा} is {@code युआन} + {@code पेक्षा}).
 *
 * @param begin start, in chars of the sentence
 * @param end end (exclusive), in chars of the sentence
 * @param key the matching form: NFC, lower case, without joiners
 * @param kind what the piece is
 * @param glued true when no space separates it from the token before
 */
record Token(int begin, int end, String key, Kind kind, boolean glued) {

  /** What a token is made of. */
  enum Kind {
    DIGITS,
    WORD,
    UNSPACED,
    SYMBOL
  }

  boolean alphanumeric() {
    return kind == Kind.DIGITS || kind == Kind.WORD;
  }

  /** True for digits only, with no separator: {@code 2024}, {@code २०२४}. */
  boolean plainDigits() {
    return kind == Kind.DIGITS && key.codePoints().allMatch(Character::isDigit);
  }
}
