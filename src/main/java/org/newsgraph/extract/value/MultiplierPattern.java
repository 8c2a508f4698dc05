package org.newsgraph.extract.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One multiplier pattern of the data: a fixed factor ({@code दुप्पट}: 2), the number in its {@code
 * {n}} slot ({@code {n} पटीने}) or "several" ({@code अनेक पटीने}).
 *
 * @param template the words and slots
 * @param factor the fixed factor, if the pattern has one
 * @param several true for an unstated factor of at least 2
 */
record MultiplierPattern(Template template, Optional<BigDecimal> factor, boolean several) {

  /** The factor of a match: the fixed one or the {@code {n}} slot; empty for "several". */
  Optional<BigDecimal> factorOf(Template.Match m) {
    if (several) {
      return Optional.empty();
    }
    return factor.isPresent() ? factor : Optional.of(m.n());
  }
}
