package org.newsgraph.extract.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A multiplicative change written in a sentence: {@code दुप्पट} (double, factor 2), {@code 10
 * पटीने} or {@code 10x} (factor 10), {@code अनेक पटीने} or {@code several-fold} (several, no stated
 * factor).
 *
 * @param factor the stated factor; empty exactly when {@code several} is true
 * @param several true for "several times" without a number: a factor of at least 2 that the text
 *     does not state
 * @param begin start of the words, in chars of the searched string
 * @param end end of the words (exclusive)
 * @param text the words as written
 */
public record Multiplier(
    Optional<BigDecimal> factor, boolean several, int begin, int end, String text)
    implements ValueMention {

  public Multiplier {
    Objects.requireNonNull(factor, "factor");
    if (several == factor.isPresent()) {
      throw new IllegalArgumentException(
          "a multiplier has a factor or is 'several', not both or neither: " + text);
    }
    ValueMention.checkSpan(begin, end, text);
  }
}
