package org.newsgraph.extract.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount written in a sentence, such as {@code 100 दशलक्ष युआनपेक्षा जास्त} (more than 100
 * million yuan) or {@code ten cards}.
 *
 * @param value the number with its scale words applied ({@code दहा लाख} is 1000000), exact and
 *     without trailing zeros
 * @param currency the ISO 4217 code of the currency named with it, if any
 * @param unitText the word counted ({@code कार्ड}, {@code cards}, {@code %}) as written, without
 *     endings glued onto it, if any; it is not normalised
 * @param comparison how the amount relates to the real value; {@link Comparison#EXACTLY} when no
 *     comparing words stand with it
 * @param begin start of the words, in chars of the searched string
 * @param end end of the words (exclusive); the span covers comparing words and endings too
 * @param text the words as written
 */
public record Quantity(
    BigDecimal value,
    Optional<String> currency,
    Optional<String> unitText,
    Comparison comparison,
    int begin,
    int end,
    String text)
    implements ValueMention {

  public Quantity {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(unitText, "unitText");
    Objects.requireNonNull(comparison, "comparison");
    ValueMention.checkSpan(begin, end, text);
  }
}
