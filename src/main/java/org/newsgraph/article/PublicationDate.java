package org.newsgraph.article;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When an article was published, to the precision its front matter gives: a year, a month or a day.
 * Relative dates in the text are resolved against it.
 *
 * @param lexical the ISO 8601 form, for example {@code 2025-01}
 * @param precision how much of the date is known
 */
public record PublicationDate(String lexical, Precision precision) {

  /** How much of the date is known; each maps to one XML Schema type. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when it is none of them. */
  public static Optional<PublicationDate> parse(String text) {
    try {
      return switch (text.length()) {
        case 4 -> Optional.of(new PublicationDate(Year.parse(text).toString(), Precision.YEAR));
        case 7 ->
            Optional.of(new PublicationDate(YearMonth.parse(text).toString(), Precision.MONTH));
        case 10 ->
            Optional.of(new PublicationDate(LocalDate.parse(text).toString(), Precision.DAY));
        default -> Optional.empty();
      };
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
