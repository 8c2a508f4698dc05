package org.newsgraph.extract.value;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the number at a token: digits ({@code 9.5}, {@code 1,000,000}, {@code ९.५}) or number
 * words, each followed by scale words ({@code 100 दशलक्ष}, {@code दहा लाख}, {@code one hundred
 * thousand}, {@code 1.5 billion}, {@code 10亿}). The words and their values come from the language's
 * data.
 *
 * <p>Scale words below 1000 multiply the group being built ({@code तीनशे}, {@code one hundred}), or
 * only the number word just before them when a larger one below 1000 came before it ({@code 三百五十}
 * is 300 + 5 × 10). Larger ones close the group ({@code एक कोटी वीस लाख} is 12000000) and multiply
 * with it the groups closed by smaller scale words before them ({@code हजार कोटी} is 10^10, {@code
 * 一亿两千万} is 10^8 + 2000 × 10^4). A number word may follow a scale word smaller than it, or a tens
 * word (20, 30, … 90) when it is below ten ({@code twenty-five}); digits take scale words only.
 * Where the data allows ranges, a number word one above the number word before it makes a range,
 * read as its middle ({@code 三四百万} is about 3500000).
 */
final class Amounts {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** The years a bare four-digit number may be: the range news writes about. */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2100;

  private final PhraseTable<BigDecimal> numberWords;
  private final PhraseTable<BigDecimal> articleWords;
  private final PhraseTable<BigDecimal> scaleWords;
  private final PhraseTable<BigDecimal> attachedScaleWords;
  private final PhraseTable<Boolean> connectors;
  private final Set<String> weakWords;
  private final boolean ranges;
  private final String decimalSeparator;
  private final String groupSeparator;

  Amounts(
      PhraseTable<BigDecimal> numberWords,
      PhraseTable<BigDecimal> articleWords,
      PhraseTable<BigDecimal> scaleWords,
      PhraseTable<BigDecimal> attachedScaleWords,
      PhraseTable<Boolean> connectors,
      Set<String> weakWords,
      boolean ranges,
      String decimalSeparator,
      String groupSeparator) {
    this.numberWords = numberWords;
    this.articleWords = articleWords;
    this.scaleWords = scaleWords;
    this.attachedScaleWords = attachedScaleWords;
    this.connectors = connectors;
    this.weakWords = Set.copyOf(weakWords);
    this.ranges = ranges;
    this.decimalSeparator = decimalSeparator;
    this.groupSeparator = groupSeparator;
  }

  /** What the last word of a number was; endings glued onto a number word are not accepted. */
  enum Last {
    DIGITS,
    NUMBER_WORD,
    SCALE
  }

  /**
   * A number read from the tokens.
   *
   * @param value the exact value, without trailing zeros
   * @param end index of the first token after it
   * @param last what its last token is
   * @param weakOnly true when it is a single weak word ({@code एक}, {@code one}, {@code 百}) or a
   *     range without scale words ({@code 三四}), which make an amount only with a unit, currency or
   *     comparing words
   * @param yearLike true when it is four plain digits from 1900 to 2100 and nothing else
   * @param range true when it is a range read as its middle: the value is approximate
   */
  record Amount(
      BigDecimal value, int end, Last last, boolean weakOnly, boolean yearLike, boolean range) {}

  /** The number that starts at token {@code at}, if one does. */
  Optional<Amount> read(Tokens tokens, int at) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    Token first = tokens.get(at);
    Build b = new Build();
    int k;
    if (first.kind() == Token.Kind.DIGITS) {
      b.group = digits(first.key());
      b.last = Last.DIGITS;
      k = at + 1;
    } else {
      var article = articleWords.longest(tokens, at);
      var word = numberWords.longest(tokens, at);
      if (article.isPresent() && scaleWords.longest(tokens, article.get().end()).isPresent()) {
        b.group = article.get().value();
        b.last = Last.NUMBER_WORD;
        k = article.get().end();
      } else if (word.isPresent()) {
        b.group = word.get().value();
        b.last = Last.NUMBER_WORD;
        b.lastNumber = word.get().value();
        b.lastWord = word.get().value();
        b.words = 1;
        k = word.get().end();
      } else if (scaleWords.longest(tokens, at).isPresent()) {
        k = at;
      } else {
        return Optional.empty();
      }
    }
    k = extend(tokens, k, b, first.kind() == Token.Kind.DIGITS);
    BigDecimal value = normal(b.closedTotal().add(b.group));
    boolean weakOnly =
        (b.words + b.scales == 1 && weakWords.contains(first.key())) || (b.range && b.scales == 0);
    boolean yearLike =
        k == at + 1
            && first.plainDigits()
            && first.key().length() == 4
            && value.compareTo(BigDecimal.valueOf(FIRST_YEAR)) >= 0
            && value.compareTo(BigDecimal.valueOf(LAST_YEAR)) <= 0;
    return Optional.of(new Amount(value, k, b.last, weakOnly, yearLike, b.range));
  }

  /**
   * The state of a number being read: the closed groups with the large scale word that closed each
   * (largest first), the open group, the last words.
   */
  private static final class Build {
    final Deque<BigDecimal[]> closed = new ArrayDeque<>();
    BigDecimal group = BigDecimal.ZERO;
    BigDecimal lastSmall;
    BigDecimal lastScale;
    BigDecimal lastNumber;
    BigDecimal lastWord;
    Last last;
    int words;
    int scales;
    boolean range;

    BigDecimal closedTotal() {
      return closed.stream().map(c -> c[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  private int extend(Tokens tokens, int from, Build b, boolean digitsOnly) {
    int k = from;
    while (k < tokens.size()) {
      var scale = scaleWords.longest(tokens, k);
      if (scale.isEmpty() && b.last == Last.NUMBER_WORD && tokens.gluedAt(k)) {
        scale = attachedScaleWords.longest(tokens, k);
      }
      if (scale.isPresent()) {
        applyScale(b, scale.get().value());
        k = scale.get().end();
        continue;
      }
      if (digitsOnly || b.last == null) {
        break;
      }
      int next = k;
      if (b.last == Last.NUMBER_WORD && isHyphen(tokens, k) && tokens.gluedAt(k + 1)) {
        next = k + 1;
      } else if (b.last == Last.SCALE) {
        var connector = connectors.longest(tokens, k);
        if (connector.isPresent()) {
          next = connector.get().end();
        }
      }
      var word = numberWords.longest(tokens, next);
      if (word.isEmpty()) {
        break;
      }
      BigDecimal n = word.get().value();
      if (ranges && next == k && endsRange(b, n)) {
        b.group = b.group.add(HALF);
        b.lastWord = b.lastWord.add(HALF);
        b.range = true;
      } else if (follows(b, n)) {
        b.group = b.group.add(n);
        b.lastWord = n;
      } else {
        break;
      }
      b.last = Last.NUMBER_WORD;
      b.lastNumber = n;
      b.words++;
      k = word.get().end();
    }
    return k;
  }

  private static void applyScale(Build b, BigDecimal scale) {
    if (scale.compareTo(THOUSAND) < 0) {
      if (b.last == Last.NUMBER_WORD && b.lastSmall != null && scale.compareTo(b.lastSmall) < 0) {
        BigDecimal before = b.group.subtract(b.lastWord);
        b.group = before.add(b.lastWord.multiply(scale));
      } else {
        b.group = (b.group.signum() == 0 ? BigDecimal.ONE : b.group).multiply(scale);
      }
      b.lastSmall = scale;
    } else {
      BigDecimal part = b.group;
      while (!b.closed.isEmpty() && b.closed.peekLast()[1].compareTo(scale) < 0) {
        part = part.add(b.closed.removeLast()[0]);
      }
      part = part.signum() == 0 ? BigDecimal.ONE : part;
      b.closed.addLast(new BigDecimal[] {part.multiply(scale), scale});
      b.group = BigDecimal.ZERO;
      b.lastSmall = null;
    }
    b.last = Last.SCALE;
    b.lastScale = scale;
    b.lastNumber = null;
    b.scales++;
  }

  /** True when {@code n} is one above the whole number word 1…8 just read: {@code 三四}. */
  private static boolean endsRange(Build b, BigDecimal n) {
    BigDecimal last = b.lastNumber;
    return b.last == Last.NUMBER_WORD
        && last != null
        && !b.range
        && last.signum() > 0
        && last.compareTo(BigDecimal.valueOf(9)) < 0
        && last.stripTrailingZeros().scale() <= 0
        && n.compareTo(last.add(BigDecimal.ONE)) == 0;
  }

  private static boolean follows(Build b, BigDecimal value) {
    if (b.last == Last.SCALE) {
      return value.compareTo(b.lastScale) < 0;
    }
    if (b.last == Last.NUMBER_WORD && b.lastNumber != null) {
      return isTens(b.lastNumber) && value.compareTo(TEN) < 0 && value.signum() > 0;
    }
    return false;
  }

  private static boolean isTens(BigDecimal n) {
    return n.compareTo(BigDecimal.valueOf(20)) >= 0
        && n.compareTo(BigDecimal.valueOf(90)) <= 0
        && n.remainder(TEN).signum() == 0;
  }

  private static boolean isHyphen(Tokens tokens, int k) {
    return k < tokens.size()
        && tokens.get(k).glued()
        && tokens.get(k).kind() == Token.Kind.SYMBOL
        && (tokens.get(k).key().equals("-") || tokens.get(k).key().equals("\u2010"));
  }

  /** The value of a digit token: any script's digits, the language's separators. */
  BigDecimal digits(String key) {
    StringBuilder ascii = new StringBuilder(key.length());
    int i = 0;
    while (i < key.length()) {
      int cp = key.codePointAt(i);
      if (Character.isDigit(cp)) {
        ascii.append((char) ('0' + Character.digit(cp, 10)));
        i += Character.charCount(cp);
      } else if (key.startsWith(decimalSeparator, i)) {
        ascii.append('.');
        i += decimalSeparator.length();
      } else if (!groupSeparator.isEmpty() && key.startsWith(groupSeparator, i)) {
        i += groupSeparator.length();
      } else {
        throw new IllegalStateException("not a digit token: " + key);
      }
    }
    return new BigDecimal(ascii.toString());
  }

  /** Without trailing zeros and never in exponent form: 1.5E+9 becomes 1500000000. */
  static BigDecimal normal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
