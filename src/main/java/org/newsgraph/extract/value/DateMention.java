package org.newsgraph.extract.value;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.article.PublicationDate.Precision;

/**
 * A date written in a sentence, absolute ({@code 2024 मध्ये}, {@code May 2024}) or relative to the
 * article's publication date ({@code गेल्या वर्षी मे मध्ये}, {@code last May}).
 *
 * @param value the date in ISO 8601 form to its precision ({@code 2024}, {@code 2024-05}, {@code
 *     2024-05-15}); empty when a relative date cannot be resolved because the reference date is
 *     missing or less precise than the expression needs
 * @param precision how much of the date the words give
 * @param relative true when the words only make sense against the reference date
 * @param role whether the date is a point in time or starts or ends a period
 * @param begin start of the words, in chars of the searched string
 * @param end end of the words (exclusive)
 * @param text the words as written
 */
public record DateMention(
    Optional<String> value,
    Precision precision,
    boolean relative,
    Role role,
    int begin,
    int end,
    String text)
    implements ValueMention {

  /** What the date is for in its sentence. */
  public enum Role {
    /** The time something happened: {@code 2024 मध्ये}, {@code last May}. */
    POINT,
    /** The start of a period that lasts until the reference date: {@code since 2023}. */
    START,
    /** The end of a period: {@code 2025 पर्यंत}, {@code until 2025}. */
    END
  }

  public DateMention {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(role, "role");
    if (!relative && value.isEmpty()) {
      throw new IllegalArgumentException("an absolute date always has a value: " + text);
    }
    ValueMention.checkSpan(begin, end, text);
  }
}
