package org.newsgraph.extract.value;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A pattern from the data for a date or multiplier phrase: words, optional words in brackets and
 * slots, for example {@code गेल्या वर्षी {month} [मध्ये]}, {@code last {month}}, {@code {n}x}.
 * Slots: {@code {n}} a number (digits or number words), {@code {year}} four digits from 1900 to
 * 2100, {@code {month}} a month name, {@code {monthNumber}} a month by its number (one or two
 * digits from 1 to 12, {@code {monthNumber}月}), {@code {day}} one or two digits from 1 to 31. A
 * pattern has at most one of {@code {month}} and {@code {monthNumber}}. Something written onto the
 * part before it in the pattern ({@code {n}x}, {@code {n}-fold}) must be glued in the sentence too;
 * something written apart may be glued or apart ({@code {year} मध्ये} matches {@code 2024मध्ये}).
 */
final class Template {
  /** The kinds of slot a pattern may hold. */
  enum Slot {
    N,
    YEAR,
    MONTH,
    MONTH_NUMBER,
    DAY
  }

  private sealed interface Part permits Word, SlotPart, Maybe {}

  private record Word(String key, boolean glued) implements Part {}

  private record SlotPart(Slot slot, boolean glued) implements Part {}

  private record Maybe(List<Word> words) implements Part {}

  /**
   * A pattern found in a sentence: {@code end} is the index of the first token after it; the slot
   * values are null for slots the pattern does not have.
   */
  record Match(int end, BigDecimal n, Integer year, Integer month, Integer day) {}

  private final String pattern;
  private final List<Part> parts;
  private final Set<Slot> slots;

  private Template(String pattern, List<Part> parts, Set<Slot> slots) {
    this.pattern = pattern;
    this.parts = List.copyOf(parts);
    this.slots = slots.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(slots));
  }

  /**
   * Parses a pattern; the message of the exception says what is wrong with it.
   *
   * @throws IllegalArgumentException when the pattern is not well formed
   */
  static Template parse(String pattern, Tokenizer plain) {
    List<Part> parts = new ArrayList<>();
    EnumSet<Slot> slots = EnumSet.noneOf(Slot.class);
    List<Word> group = null;
    boolean space = true;
    boolean any = false;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
      } else if (c == '{') {
        int close = pattern.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("'{' at " + i + " is never closed");
        }
        Slot slot = slot(pattern.substring(i + 1, close));
        if (group != null) {
          throw new IllegalArgumentException("a slot cannot be optional");
        }
        if (!slots.add(slot)) {
          throw new IllegalArgumentException("slot {" + name(slot) + "} given twice");
        }
        if (slots.contains(Slot.MONTH) && slots.contains(Slot.MONTH_NUMBER)) {
          throw new IllegalArgumentException("both {month} and {monthNumber}");
        }
        parts.add(new SlotPart(slot, !space && any));
        any = true;
        space = false;
        i = close + 1;
      } else if (c == '[') {
        if (group != null) {
          throw new IllegalArgumentException("'[' inside '[...]'");
        }
        group = new ArrayList<>();
        i++;
      } else if (c == ']') {
        if (group == null || group.isEmpty()) {
          throw new IllegalArgumentException("']' without '[' and words before it");
        }
        parts.add(new Maybe(List.copyOf(group)));
        group = null;
        i++;
      } else if (c == '}') {
        throw new IllegalArgumentException("'}' without '{'");
      } else {
        int end = i;
        while (end < pattern.length() && "{}[]".indexOf(pattern.charAt(end)) < 0) {
          if (Character.isWhitespace(pattern.charAt(end))) {
            break;
          }
          end++;
        }
        List<Token> tokens = plain.tokenize(pattern.substring(i, end));
        for (int t = 0; t < tokens.size(); t++) {
          Token token = tokens.get(t);
          if (token.kind() == Token.Kind.DIGITS) {
            throw new IllegalArgumentException("digits '" + token.key() + "': expected a slot");
          }
          Word word = new Word(token.key(), t == 0 ? !space && any : token.glued());
          if (group != null) {
            group.add(word);
          } else {
            parts.add(word);
          }
          any = true;
        }
        space = false;
        i = end;
      }
    }
    if (group != null) {
      throw new IllegalArgumentException("'[' is never closed");
    }
    if (parts.stream().allMatch(p -> p instanceof Maybe)) {
      throw new IllegalArgumentException("nothing in it is required");
    }
    return new Template(pattern, parts, slots);
  }

  private static Slot slot(String name) {
    return switch (name) {
      case "n" -> Slot.N;
      case "year" -> Slot.YEAR;
      case "month" -> Slot.MONTH;
      case "monthNumber" -> Slot.MONTH_NUMBER;
      case "day" -> Slot.DAY;
      default ->
          throw new IllegalArgumentException(
              "slot {" + name + "}: expected {n}, {year}, {month}, {monthNumber} or {day}");
    };
  }

  private static String name(Slot slot) {
    return switch (slot) {
      case N -> "n";
      case MONTH_NUMBER -> "monthNumber";
      default -> slot.name().toLowerCase(Locale.ROOT);
    };
  }

  String pattern() {
    return pattern;
  }

  Set<Slot> slots() {
    return slots;
  }

  /** Every literal word key of the pattern, optional ones included. */
  List<String> words() {
    List<String> out = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Word w) {
        out.add(w.key());
      } else if (part instanceof Maybe m) {
        m.words().forEach(w -> out.add(w.key()));
      }
    }
    return out;
  }

  /** The pattern matched at token {@code at}, if it matches there. */
  Optional<Match> match(Tokens tokens, int at, Amounts amounts, PhraseTable<Integer> months) {
    int k = at;
    BigDecimal n = null;
    Integer year = null;
    Integer month = null;
    Integer day = null;
    for (Part part : parts) {
      switch (part) {
        case Word w -> {
          if (!wordAt(tokens, k, w, k == at)) {
            return Optional.empty();
          }
          k++;
        }
        case Maybe m -> {
          int j = k;
          for (Word w : m.words()) {
            if (!wordAt(tokens, j, w, j == at)) {
              j = -1;
              break;
            }
            j++;
          }
          if (j > 0) {
            k = j;
          }
        }
        case SlotPart s -> {
          if (k >= tokens.size() || (s.glued() && k > at && !tokens.get(k).glued())) {
            return Optional.empty();
          }
          Token token = tokens.get(k);
          switch (s.slot()) {
            case N -> {
              var amount = amounts.read(tokens, k);
              if (amount.isEmpty()) {
                return Optional.empty();
              }
              n = amount.get().value();
              k = amount.get().end();
            }
            case YEAR -> {
              year = number(token, 4, Amounts.FIRST_YEAR, Amounts.LAST_YEAR, amounts);
              if (year == null) {
                return Optional.empty();
              }
              k++;
            }
            case MONTH_NUMBER -> {
              month = token.key().length() <= 2 ? number(token, 0, 1, 12, amounts) : null;
              if (month == null) {
                return Optional.empty();
              }
              k++;
            }
            case DAY -> {
              day = token.key().length() <= 2 ? number(token, 0, 1, 31, amounts) : null;
              if (day == null) {
                return Optional.empty();
              }
              k++;
            }
            case MONTH -> {
              var hit = months.longest(tokens, k);
              if (hit.isEmpty()) {
                return Optional.empty();
              }
              month = hit.get().value();
              k = hit.get().end();
            }
          }
        }
      }
    }
    if (day != null && !validDay(year, month, day)) {
      return Optional.empty();
    }
    return Optional.of(new Match(k, n, year, month, day));
  }

  private static boolean wordAt(Tokens tokens, int k, Word word, boolean first) {
    return k < tokens.size()
        && tokens.get(k).key().equals(word.key())
        && (first || !word.glued() || tokens.get(k).glued());
  }

  /** The value of plain digits of the given length (0: any) within [min, max], or null. */
  private static Integer number(Token token, int length, int min, int max, Amounts amounts) {
    if (!token.plainDigits() || (length > 0 && token.key().length() != length)) {
      return null;
    }
    int value = amounts.digits(token.key()).intValueExact();
    return value >= min && value <= max ? value : null;
  }

  private static boolean validDay(Integer year, Integer month, int day) {
    try {
      LocalDate.of(year == null ? 2000 : year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return pattern;
  }
}
