package org.newsgraph.extract.value;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.article.PublicationDate;

/**
 * The date relative expressions are resolved against, usually the article's publication date: a
 * year and, when known, a month. A day is not needed by any expression yet.
 *
 * @param year the year
 * @param month the month, when known
 */
public record ReferenceDate(int year, Optional<Month> month) {

  public ReferenceDate {
    Objects.requireNonNull(month, "month");
  }

  public static ReferenceDate ofYear(int year) {
    return new ReferenceDate(year, Optional.empty());
  }

  public static ReferenceDate of(YearMonth yearMonth) {
    return new ReferenceDate(yearMonth.getYear(), Optional.of(yearMonth.getMonth()));
  }

  /** The publication date of an article, to the precision it has (a day is cut to its month). */
  public static ReferenceDate of(PublicationDate published) {
    String lexical = published.lexical();
    return switch (published.precision()) {
      case YEAR -> ofYear(Year.parse(lexical).getValue());
      case MONTH -> of(YearMonth.parse(lexical));
      case DAY -> of(YearMonth.from(LocalDate.parse(lexical)));
    };
  }

  /** The year and month, when the month is known. */
  public Optional<YearMonth> yearMonth() {
    return month.map(m -> YearMonth.of(year, m));
  }
}
