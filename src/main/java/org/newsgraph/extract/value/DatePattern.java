package org.newsgraph.extract.value;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.article.PublicationDate.Precision;
import org.newsgraph.extract.value.DateMention.Role;

/**
 * One date pattern of the data and how its match becomes a date. An absolute pattern has a {@code
 * {year}} slot. A relative one says how the year follows from the reference date ({@code year}: an
 * offset, or {@code -n}/{@code +n} for the number in its {@code {n}} slot) or how the month does
 * ({@code month}: {@code before}, the latest such month strictly before the reference month; {@code
 * after}, the first one strictly after it; or an offset in months).
 *
 * @param template the words and slots
 * @param year how the year is found
 * @param yearOffset the fixed offset, for {@link YearRule#OFFSET}
 * @param month how the month is found
 * @param monthOffset the offset in months, for {@link MonthRule#OFFSET}
 * @param role point, start or end of a period
 */
record DatePattern(
    Template template, YearRule year, int yearOffset, MonthRule month, int monthOffset, Role role) {

  /** Where the year comes from. */
  enum YearRule {
    /** The {@code {year}} slot. */
    SLOT,
    /** The reference year plus a fixed offset. */
    OFFSET,
    /** The reference year minus the {@code {n}} slot. */
    MINUS_N,
    /** The reference year plus the {@code {n}} slot. */
    PLUS_N,
    /** From the month rule. */
    FROM_MONTH
  }

  /** Where the month comes from. */
  enum MonthRule {
    /** No month: the date is a year. */
    NONE,
    /** The {@code {month}} slot, in the year the year rule gives. */
    SLOT,
    /** The latest {@code {month}} strictly before the reference month. */
    BEFORE,
    /** The first {@code {month}} strictly after the reference month. */
    AFTER,
    /** The reference month plus an offset. */
    OFFSET
  }

  boolean relative() {
    return year != YearRule.SLOT;
  }

  Precision precision() {
    if (template.slots().contains(Template.Slot.DAY)) {
      return Precision.DAY;
    }
    return month == MonthRule.NONE ? Precision.YEAR : Precision.MONTH;
  }

  /** The ISO 8601 form of a match, or empty when the reference is missing or not precise enough. */
  Optional<String> resolve(Template.Match m, Optional<ReferenceDate> reference) {
    if (!relative()) {
      return Optional.of(lexical(m.year(), m.month(), m.day()));
    }
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    ReferenceDate ref = reference.get();
    Optional<YearMonth> refMonth = ref.yearMonth();
    switch (month) {
      case BEFORE, AFTER, OFFSET -> {
        if (refMonth.isEmpty()) {
          return Optional.empty();
        }
        YearMonth resolved =
            switch (month) {
              case BEFORE -> {
                YearMonth candidate = YearMonth.of(ref.year(), m.month());
                yield candidate.isBefore(refMonth.get()) ? candidate : candidate.minusYears(1);
              }
              case AFTER -> {
                YearMonth candidate = YearMonth.of(ref.year(), m.month());
                yield candidate.isAfter(refMonth.get()) ? candidate : candidate.plusYears(1);
              }
              default -> refMonth.get().plusMonths(monthOffset);
            };
        return Optional.of(lexical(resolved.getYear(), resolved.getMonthValue(), m.day()));
      }
      default -> {
        Optional<Integer> y = yearFrom(ref.year(), m);
        return y.map(value -> lexical(value, m.month(), m.day()));
      }
    }
  }

  private Optional<Integer> yearFrom(int refYear, Template.Match m) {
    return switch (year) {
      case OFFSET -> Optional.of(refYear + yearOffset);
      case MINUS_N, PLUS_N -> {
        if (m.n().stripTrailingZeros().scale() > 0) {
          yield Optional.empty();
        }
        int n = m.n().intValue();
        yield Optional.of(year == YearRule.MINUS_N ? refYear - n : refYear + n);
      }
      default -> Optional.empty();
    };
  }

  private static String lexical(int year, Integer month, Integer day) {
    String y = String.format(Locale.ROOT, "%04d", year);
    if (month == null) {
      return y;
    }
    String ym = y + String.format(Locale.ROOT, "-%02d", month);
    return day == null ? ym : ym + String.format(Locale.ROOT, "-%02d", day);
  }
}
