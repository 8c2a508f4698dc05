package org.newsgraph.extract.value;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.extract.ExtractException;

/**
 * Finds amounts, multiplications and dates in a sentence of one language, using that language's
 * words and patterns from {@link ValueLexicon}. The code holds only how to read them.
 *
 * <p>How a sentence is read:
 *
 * <ul>
 *   <li>Values start and end on word boundaries. A word with an ending glued on counts as its known
 *       word plus the ending, and the span takes in the whole word ({@code कार्डांइतका}). Letters
 *       or digits glued to a number make it part of another word, and so do {@code . - / _ :}
 *       between them: {@code 01.AI}, {@code A380}, {@code GPT-4}, {@code 10:30} hold no number.
 *   <li>At each word start the date, the multiplier and the amount that start there are read; the
 *       longest wins, and at equal length a date beats a multiplier, which beats an amount. The
 *       next value is looked for after the one taken, so values never overlap and come in order.
 *   <li>An amount is {@code [comparing words] [currency sign] number [scale words] [currency word |
 *       unit word] [comparing words]}, where the number is digits or number words.
 *   <li>Years: four plain digits from 1900 to 2100 with no scale word, currency, unit or comparing
 *       words after them are a year, not an amount ({@code 2024}, {@code about 2024}); the data's
 *       date patterns add the words around it ({@code 2024 मध्ये}, {@code in 2024}, {@code मे
 *       2024}). With a unit ({@code 2000 कार्ड}) or a comma ({@code 2,024}) they are an amount.
 *   <li>No value starts inside a phrase the data lists as holding none ({@code 零一万物}, the name
 *       01.AI, is not 10000).
 *   <li>A range of number words ({@code 三四百万}) is read as its middle, approximately.
 *   <li>A weak number word alone ({@code एक}, {@code one}) is an amount only with a scale word,
 *       currency, unit or comparing words after it: {@code एक कार्ड}, {@code one million}, but not
 *       the article in {@code एक संधी} nor {@code under one roof}. A number word with an ending
 *       glued on is not an amount ({@code एकची}, {@code दहाला}) unless comparing words follow the
 *       ending ({@code दहापेक्षा जास्त}, {@code एकापेक्षा जास्त}).
 * </ul>
 */
public final class ValueFinder {
  private final LanguageValues values;

  private ValueFinder(LanguageValues values) {
    this.values = values;
  }

  /**
   * The finder for {@code language}.
   *
   * @throws ExtractException when the lexicon has no data for the language
   */
  public static ValueFinder forLanguage(ValueLexicon lexicon, String language) {
    return new ValueFinder(
        lexicon
            .language(language)
            .orElseThrow(
                () ->
                    new ExtractException(
                        "no value data for language '"
                            + language
                            + "': expected data/values/"
                            + language
                            + ".json (there is data for "
                            + lexicon.languages()
                            + ")")));
  }

  public String language() {
    return values.language();
  }

  /** The amounts in {@code text}, in order. */
  public List<Quantity> quantities(String text) {
    return only(find(text, Optional.empty()), Quantity.class);
  }

  /** The multiplications in {@code text}, in order. */
  public List<Multiplier> multipliers(String text) {
    return only(find(text, Optional.empty()), Multiplier.class);
  }

  /**
   * The dates in {@code text}, in order; relative ones resolved against {@code reference}, or left
   * without a value when it is empty or has no month and they need one.
   */
  public List<DateMention> dates(String text, Optional<ReferenceDate> reference) {
    return only(find(text, reference), DateMention.class);
  }

  /** The dates in {@code text}, relative ones resolved against {@code reference}. */
  public List<DateMention> dates(String text, YearMonth reference) {
    return dates(text, Optional.of(ReferenceDate.of(reference)));
  }

  /** Every value in {@code text}, in order and without overlaps. */
  public List<ValueMention> find(String text, Optional<ReferenceDate> reference) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reference, "reference");
    Tokens tokens = values.tokenize(text);
    List<ValueMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int notNumber = notNumberEnd(tokens, i);
      if (notNumber > i) {
        i = notNumber;
        continue;
      }
      Optional<Hit> hit = tokens.startsWord(i) ? best(tokens, i, reference) : Optional.empty();
      if (hit.isPresent()) {
        found.add(hit.get().value());
        i = hit.get().end();
      } else {
        i++;
      }
    }
    return List.copyOf(found);
  }

  /** The end of a phrase that holds no value ({@code 零一万物}) at {@code at}, or {@code at}. */
  private int notNumberEnd(Tokens tokens, int at) {
    if (!tokens.startsWord(at)) {
      return at;
    }
    return values
        .notNumbers()
        .longest(tokens, at)
        .filter(hit -> tokens.endsWord(hit.end()))
        .map(PhraseTable.Hit::end)
        .orElse(at);
  }

  /** A value read at a token; {@code end} is the index of the first token after it. */
  private record Hit(int end, ValueMention value) {}

  private Optional<Hit> best(Tokens tokens, int at, Optional<ReferenceDate> reference) {
    Hit best = null;
    for (Optional<Hit> candidate :
        List.of(date(tokens, at, reference), multiplier(tokens, at), quantity(tokens, at))) {
      if (candidate.isPresent() && (best == null || candidate.get().end() > best.end())) {
        best = candidate.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Hit> date(Tokens tokens, int at, Optional<ReferenceDate> reference) {
    return longest(tokens, at, values.dates(), DatePattern::template)
        .map(
            found -> {
              DatePattern pattern = found.pattern();
              return new Hit(
                  found.end(),
                  new DateMention(
                      pattern.resolve(found.match(), reference),
                      pattern.precision(),
                      pattern.relative(),
                      pattern.role(),
                      tokens.begin(at),
                      tokens.end(found.end()),
                      tokens.text(at, found.end())));
            });
  }

  private Optional<Hit> multiplier(Tokens tokens, int at) {
    return longest(tokens, at, values.multipliers(), MultiplierPattern::template)
        .map(
            found -> {
              Optional<BigDecimal> factor = found.pattern().factorOf(found.match());
              return new Hit(
                  found.end(),
                  new Multiplier(
                      factor,
                      factor.isEmpty(),
                      tokens.begin(at),
                      tokens.end(found.end()),
                      tokens.text(at, found.end())));
            });
  }

  /** A pattern matched at a token; {@code end} comes after the endings glued onto its last word. */
  private record PatternHit<P>(P pattern, Template.Match match, int end) {}

  /** The longest of {@code patterns} that matches at {@code at} and ends on a word boundary. */
  private <P> Optional<PatternHit<P>> longest(
      Tokens tokens, int at, List<P> patterns, Function<P, Template> template) {
    PatternHit<P> best = null;
    for (P pattern : patterns) {
      var match = template.apply(pattern).match(tokens, at, values.amounts(), values.months());
      if (match.isPresent()) {
        int end = tokens.skipEndings(match.get().end(), values.endings());
        if ((best == null || end > best.end()) && tokens.endsWord(end)) {
          best = new PatternHit<>(pattern, match.get(), end);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Hit> quantity(Tokens tokens, int at) {
    int k = at;
    Comparison comparison = Comparison.EXACTLY;
    var before = values.comparatorsBefore().longest(tokens, k);
    if (before.isPresent()) {
      comparison = before.get().value();
      k = before.get().end();
    }
    String currency = null;
    var symbol = values.currencySymbols().longest(tokens, k);
    if (symbol.isPresent()) {
      currency = symbol.get().value();
      k = symbol.get().end();
    }
    var read = values.amounts().read(tokens, k);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Amounts.Amount amount = read.get();
    k = amount.end();
    boolean numberWordLast = amount.last() == Amounts.Last.NUMBER_WORD;
    String unit = null;
    var word = values.currencyWords().longest(tokens, k);
    if (word.isPresent() && (currency == null || currency.equals(word.get().value()))) {
      currency = word.get().value();
      k = word.get().end();
      numberWordLast = false;
    } else {
      var counted = values.units().longest(tokens, k);
      if (counted.isPresent()) {
        unit = tokens.text(k, counted.get().end());
        k = counted.get().end();
        numberWordLast = false;
      }
    }
    boolean endingOnNumberWord = false;
    boolean comparedAfter = false;
    while (true) {
      var after = values.comparatorsAfter().longest(tokens, k);
      if (after.isPresent()
          && (tokens.isEnding(k, values.endings())
              || !tokens.gluedAt(k)
              || tokens.unspacedBefore(k))) {
        comparison = after.get().value();
        k = tokens.skipEndings(after.get().end(), values.endings());
        comparedAfter = true;
        endingOnNumberWord = false;
        break;
      }
      if (!tokens.isEnding(k, values.endings())) {
        break;
      }
      endingOnNumberWord |= numberWordLast;
      k++;
    }
    boolean described = currency != null || unit != null || comparedAfter;
    if (endingOnNumberWord
        || (amount.yearLike() && !described)
        || (amount.weakOnly() && !described)
        || !tokens.endsWord(k)) {
      return Optional.empty();
    }
    if (amount.range() && comparison == Comparison.EXACTLY) {
      comparison = Comparison.APPROXIMATELY;
    }
    return Optional.of(
        new Hit(
            k,
            new Quantity(
                amount.value(),
                Optional.ofNullable(currency),
                Optional.ofNullable(unit),
                comparison,
                tokens.begin(at),
                tokens.end(k),
                tokens.text(at, k))));
  }

  private static <T extends ValueMention> List<T> only(List<ValueMention> found, Class<T> type) {
    return found.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
