package org.newsgraph.extract.value;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.newsgraph.extract.ExtractException;
import org.newsgraph.extract.value.DateMention.Role;
import org.newsgraph.extract.value.DatePattern.MonthRule;
import org.newsgraph.extract.value.DatePattern.YearRule;

/**
 * Reads one {@code data/values/LANG.json} file (its format is described in {@code
 * data/values/README.md}) and checks it. Every problem is an {@link ExtractException} naming the
 * file, the place in it (a JSON pointer such as {@code /dates/3/year}, or the line and column of a
 * syntax error), what was found and what was expected.
 */
final class ValuesFile {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final List<String> KEYS =
      List.of(
          "comment",
          "decimalSeparator",
          "groupSeparator",
          "numberWords",
          "weakNumberWords",
          "numberWordRanges",
          "articleNumberWords",
          "numberConnectors",
          "scaleWords",
          "attachedScaleWords",
          "currencyWords",
          "currencySymbols",
          "units",
          "comparators",
          "endings",
          "notNumbers",
          "months",
          "dates",
          "multipliers");
  private static final Set<String> REQUIRED =
      Set.of(
          "decimalSeparator",
          "groupSeparator",
          "numberWords",
          "scaleWords",
          "months",
          "dates",
          "multipliers");

  private final String file;
  private Tokenizer plain;

  private ValuesFile(String file) {
    this.file = file;
  }

  static LanguageValues read(Path path, String language) {
    ValuesFile reader = new ValuesFile(path.toString());
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(path));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      throw new ExtractException(
          path
              + where
              + ": not valid JSON: "
              + e.getOriginalMessage()
              + ": expected one JSON object as described in data/values/README.md",
          e);
    } catch (IOException e) {
      throw new ExtractException(path + ": cannot read the file: " + e.getMessage(), e);
    }
    return reader.compile(root, language);
  }

  private LanguageValues compile(JsonNode root, String language) {
    if (root == null || !root.isObject()) {
      throw problem("", root, "a JSON object with the keys " + String.join(", ", KEYS));
    }
    for (String name : names(root)) {
      if (!KEYS.contains(name)) {
        throw new ExtractException(
            file + ": unknown key \"" + name + "\": expected one of " + String.join(", ", KEYS));
      }
    }
    for (String name : REQUIRED) {
      if (!root.has(name)) {
        throw new ExtractException(file + ": no \"" + name + "\": it is required");
      }
    }
    String decimal = separator(root, "decimalSeparator", false);
    String group = separator(root, "groupSeparator", true);
    if (decimal.equals(group)) {
      throw problem("/groupSeparator", root.get("groupSeparator"), "a different decimalSeparator");
    }
    plain = Tokenizer.plain(decimal, group);

    PhraseTable<BigDecimal> numberWords = numbers(root, "numberWords", false);
    PhraseTable<BigDecimal> articleWords = numbers(root, "articleNumberWords", false);
    PhraseTable<BigDecimal> scaleWords = numbers(root, "scaleWords", true);
    PhraseTable<BigDecimal> attachedScaleWords = numbers(root, "attachedScaleWords", true);
    Set<String> weak = new HashSet<>();
    for (var entry : strings(root, "weakNumberWords").entrySet()) {
      String key = Tokenizer.key(entry.getValue());
      if (!numberWords.words().contains(key) && !scaleWords.words().contains(key)) {
        throw new ExtractException(
            file
                + ": "
                + entry.getKey()
                + ": found \""
                + entry.getValue()
                + "\": expected one of the numberWords or scaleWords");
      }
      weak.add(key);
    }
    PhraseTable<Boolean> connectors = list(root, "numberConnectors", (p, s) -> Boolean.TRUE);
    overlap(numberWords, scaleWords, "numberWords", "scaleWords");
    overlap(numberWords, attachedScaleWords, "numberWords", "attachedScaleWords");

    PhraseTable<String> currencyWords = currencies(root, "currencyWords");
    PhraseTable<String> currencySymbols = currencies(root, "currencySymbols");
    PhraseTable<String> units = list(root, "units", (p, s) -> s);
    PhraseTable<Comparison> before = comparators(root, "before");
    PhraseTable<Comparison> after = comparators(root, "after");
    PhraseTable<Integer> months = months(root);
    PhraseTable<Boolean> notNumbers = list(root, "notNumbers", (p, t) -> Boolean.TRUE);
    boolean ranges = flag(root, "numberWordRanges");
    Set<String> endings = new HashSet<>();
    strings(root, "endings").values().forEach(e -> endings.add(Tokenizer.key(e)));

    List<PhraseTable<?>> tables =
        List.of(
            numberWords,
            articleWords,
            scaleWords,
            connectors,
            currencyWords,
            currencySymbols,
            units,
            before,
            after,
            months,
            notNumbers);
    List<DatePattern> dates = new ArrayList<>();
    List<MultiplierPattern> multipliers = new ArrayList<>();
    Set<String> heads = new HashSet<>();
    tables.forEach(t -> heads.addAll(t.words()));
    readDates(root.get("dates"), dates, heads);
    readMultipliers(root.get("multipliers"), multipliers, heads);
    Set<String> pieces = new HashSet<>(heads);
    pieces.addAll(attachedScaleWords.words());
    if (endings.isEmpty()) {
      pieces.clear();
    } else {
      pieces.addAll(endings);
    }
    Tokenizer tokenizer = plain.cutting(heads, pieces);
    Amounts amounts =
        new Amounts(
            numberWords,
            articleWords,
            scaleWords,
            attachedScaleWords,
            connectors,
            weak,
            ranges,
            decimal,
            group);
    return new LanguageValues(
        language,
        file,
        tokenizer,
        amounts,
        currencySymbols,
        currencyWords,
        units,
        before,
        after,
        months,
        notNumbers,
        Set.copyOf(endings),
        List.copyOf(dates),
        List.copyOf(multipliers));
  }

  private String separator(JsonNode root, String name, boolean mayBeEmpty) {
    JsonNode node = root.get(name);
    if (node == null || !node.isTextual() || (!mayBeEmpty && node.asText().isEmpty())) {
      throw problem("/" + name, node, mayBeEmpty ? "a string (\"\" for none)" : "a string");
    }
    String value = node.asText();
    if (value.codePoints().anyMatch(cp -> Character.isDigit(cp) || Tokenizer.isSpace(cp))) {
      throw problem("/" + name, node, "a separator without digits or spaces");
    }
    return value;
  }

  /** A true/false member; false when the key is absent. */
  private boolean flag(JsonNode root, String name) {
    JsonNode node = root.get(name);
    if (node != null && !node.isBoolean()) {
      throw problem("/" + name, node, "true or false");
    }
    return node != null && node.asBoolean();
  }

  /** An object of phrase → number, or an empty table when the key is absent. */
  private PhraseTable<BigDecimal> numbers(JsonNode root, String name, boolean scale) {
    PhraseTable.Builder<BigDecimal> table = PhraseTable.builder();
    for (var entry : object(root, name).entrySet()) {
      String pointer = "/" + name + "/" + entry.getKey();
      JsonNode value = entry.getValue();
      BigDecimal number = value.isNumber() ? value.decimalValue() : null;
      if (number == null
          || number.signum() < 0
          || (scale && number.compareTo(BigDecimal.TEN) < 0)) {
        throw problem(pointer, value, scale ? "a number of at least 10" : "a number of 0 or more");
      }
      add(table, pointer, entry.getKey(), Amounts.normal(number));
    }
    return table.build();
  }

  private PhraseTable<String> currencies(JsonNode root, String name) {
    PhraseTable.Builder<String> table = PhraseTable.builder();
    for (var entry : object(root, name).entrySet()) {
      String pointer = "/" + name + "/" + entry.getKey();
      JsonNode value = entry.getValue();
      String code = value.isTextual() ? value.asText() : "";
      if (!code.matches("[A-Z]{3}") || !isCurrency(code)) {
        throw problem(pointer, value, "an ISO 4217 currency code such as \"CNY\"");
      }
      add(table, pointer, entry.getKey(), code);
    }
    return table.build();
  }

  private static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private PhraseTable<Comparison> comparators(JsonNode root, String side) {
    JsonNode all = root.get("comparators");
    if (all == null) {
      return PhraseTable.<Comparison>builder().build();
    }
    if (!all.isObject()) {
      throw problem("/comparators", all, "an object with \"before\" and \"after\"");
    }
    for (String key : names(all)) {
      if (!key.equals("before") && !key.equals("after")) {
        throw new ExtractException(
            file + ": /comparators: unknown key \"" + key + "\": expected \"before\" or \"after\"");
      }
    }
    PhraseTable.Builder<Comparison> table = PhraseTable.builder();
    for (var entry : object(all, side, "/comparators/" + side).entrySet()) {
      String pointer = "/comparators/" + side + "/" + entry.getKey();
      Comparison comparison =
          enumValue(Comparison.class, entry.getValue(), pointer)
              .filter(c -> c != Comparison.EXACTLY)
              .orElseThrow(
                  () ->
                      problem(
                          pointer,
                          entry.getValue(),
                          "more-than, less-than, approximately, at-least or at-most"));
      add(table, pointer, entry.getKey(), comparison);
    }
    return table.build();
  }

  private PhraseTable<Integer> months(JsonNode root) {
    PhraseTable.Builder<Integer> table = PhraseTable.builder();
    Set<Integer> seen = new HashSet<>();
    for (var entry : object(root, "months").entrySet()) {
      String pointer = "/months/" + entry.getKey();
      JsonNode value = entry.getValue();
      if (!value.isInt() || value.asInt() < 1 || value.asInt() > 12) {
        throw problem(pointer, value, "a month number from 1 to 12");
      }
      seen.add(value.asInt());
      add(table, pointer, entry.getKey(), value.asInt());
    }
    if (seen.size() != 12) {
      throw problem("/months", root.get("months"), "a name for each of the 12 months");
    }
    return table.build();
  }

  /** An array of phrases, each the value {@code value} gives it; empty when the key is absent. */
  private <V> PhraseTable<V> list(JsonNode root, String name, BiFunction<String, String, V> value) {
    PhraseTable.Builder<V> table = PhraseTable.builder();
    for (var entry : strings(root, name).entrySet()) {
      add(table, entry.getKey(), entry.getValue(), value.apply(entry.getKey(), entry.getValue()));
    }
    return table.build();
  }

  private <V> void add(PhraseTable.Builder<V> table, String pointer, String phrase, V value) {
    List<Token> tokens = phrase(pointer, phrase);
    Optional<V> before = table.add(tokens, value);
    if (before.isPresent()) {
      throw new ExtractException(
          file
              + ": "
              + pointer
              + ": \""
              + phrase
              + "\" is given twice, as "
              + before.get()
              + " and as "
              + value
              + ": expected each phrase once");
    }
  }

  private List<Token> phrase(String pointer, String phrase) {
    String text = Normalizer.normalize(phrase, Normalizer.Form.NFC).strip();
    List<Token> tokens = plain.tokenize(text);
    if (tokens.isEmpty()) {
      throw new ExtractException(
          file + ": " + pointer + ": found an empty phrase: expected one or more words");
    }
    if (tokens.stream().anyMatch(t -> t.kind() == Token.Kind.DIGITS)) {
      throw new ExtractException(
          file + ": " + pointer + ": \"" + phrase + "\" has digits: expected words only");
    }
    return tokens;
  }

  private void overlap(PhraseTable<?> a, PhraseTable<?> b, String aName, String bName) {
    Set<String> both = new HashSet<>(a.words());
    both.retainAll(b.words());
    if (!both.isEmpty()) {
      throw new ExtractException(
          file
              + ": "
              + both
              + " listed in both "
              + aName
              + " and "
              + bName
              + ": expected each word in one of them");
    }
  }

  private void readDates(JsonNode array, List<DatePattern> out, Set<String> words) {
    for (var entry : entries(array, "/dates").entrySet()) {
      String pointer = entry.getKey();
      JsonNode node = entry.getValue();
      allowOnly(node, pointer, "pattern", "patterns", "year", "month", "role", "comment");
      for (var t : templates(node, pointer).entrySet()) {
        out.add(datePattern(node, pointer, t.getKey(), t.getValue()));
        words.addAll(t.getValue().words());
      }
    }
  }

  private DatePattern datePattern(JsonNode node, String pointer, String at, Template template) {
    Set<Template.Slot> slots = template.slots();
    boolean hasYear = slots.contains(Template.Slot.YEAR);
    boolean hasMonth =
        slots.contains(Template.Slot.MONTH) || slots.contains(Template.Slot.MONTH_NUMBER);
    boolean hasN = slots.contains(Template.Slot.N);
    JsonNode year = node.get("year");
    JsonNode month = node.get("month");
    Role role =
        node.has("role")
            ? enumValue(Role.class, node.get("role"), pointer + "/role")
                .orElseThrow(
                    () -> problem(pointer + "/role", node.get("role"), "point, start or end"))
            : Role.POINT;

    MonthRule monthRule = hasMonth ? MonthRule.SLOT : MonthRule.NONE;
    int monthOffset = 0;
    if (month != null) {
      if (month.isInt() && !hasMonth && !hasYear && year == null) {
        monthRule = MonthRule.OFFSET;
        monthOffset = month.asInt();
      } else if (month.isTextual()
          && (month.asText().equals("before") || month.asText().equals("after"))
          && hasMonth
          && !hasYear
          && year == null) {
        monthRule = month.asText().equals("before") ? MonthRule.BEFORE : MonthRule.AFTER;
      } else {
        throw problem(
            pointer + "/month",
            month,
            "\"before\" or \"after\" with a {month} or {monthNumber} slot, or a whole number of months with"
                + " neither {month} nor {year} nor \"year\" ("
                + at
                + ")");
      }
    }
    YearRule yearRule;
    int yearOffset = 0;
    if (hasYear) {
      if (year != null) {
        throw problem(pointer + "/year", year, "no \"year\" with a {year} slot (" + at + ")");
      }
      yearRule = YearRule.SLOT;
    } else if (year == null) {
      if (monthRule == MonthRule.BEFORE
          || monthRule == MonthRule.AFTER
          || monthRule == MonthRule.OFFSET) {
        yearRule = YearRule.FROM_MONTH;
      } else {
        throw new ExtractException(
            file
                + ": "
                + pointer
                + ": pattern \""
                + template.pattern()
                + "\" has no {year}: expected \"year\" (an offset, \"-n\" or \"+n\") or \"month\"");
      }
    } else if (year.isInt()) {
      yearRule = YearRule.OFFSET;
      yearOffset = year.asInt();
    } else if (year.isTextual() && (year.asText().equals("-n") || year.asText().equals("+n"))) {
      if (!hasN) {
        throw problem(pointer + "/year", year, "a pattern with an {n} slot (" + at + ")");
      }
      yearRule = year.asText().equals("-n") ? YearRule.MINUS_N : YearRule.PLUS_N;
    } else {
      throw problem(pointer + "/year", year, "a whole number of years, \"-n\" or \"+n\"");
    }
    if (hasN && yearRule != YearRule.MINUS_N && yearRule != YearRule.PLUS_N) {
      throw new ExtractException(
          file + ": " + at + ": the {n} slot is not used: expected \"year\": \"-n\" or \"+n\"");
    }
    if (slots.contains(Template.Slot.DAY) && !hasMonth) {
      throw new ExtractException(
          file + ": " + at + ": a {day} slot needs a {month} or {monthNumber} slot beside it");
    }
    return new DatePattern(template, yearRule, yearOffset, monthRule, monthOffset, role);
  }

  private void readMultipliers(JsonNode array, List<MultiplierPattern> out, Set<String> words) {
    for (var entry : entries(array, "/multipliers").entrySet()) {
      String pointer = entry.getKey();
      JsonNode node = entry.getValue();
      allowOnly(node, pointer, "pattern", "patterns", "factor", "several", "comment");
      JsonNode factorNode = node.get("factor");
      JsonNode severalNode = node.get("several");
      if (severalNode != null && !severalNode.isBoolean()) {
        throw problem(pointer + "/several", severalNode, "true or false");
      }
      boolean several = severalNode != null && severalNode.asBoolean();
      Optional<BigDecimal> factor = Optional.empty();
      if (factorNode != null) {
        if (!factorNode.isNumber() || factorNode.decimalValue().signum() <= 0) {
          throw problem(pointer + "/factor", factorNode, "a number greater than 0");
        }
        factor = Optional.of(Amounts.normal(factorNode.decimalValue()));
      }
      for (var t : templates(node, pointer).entrySet()) {
        boolean hasN = t.getValue().slots().contains(Template.Slot.N);
        if (t.getValue().slots().stream().anyMatch(s -> s != Template.Slot.N)) {
          throw new ExtractException(
              file + ": " + t.getKey() + ": a multiplier pattern may hold only an {n} slot");
        }
        int given = (hasN ? 1 : 0) + (factor.isPresent() ? 1 : 0) + (several ? 1 : 0);
        if (given != 1) {
          throw new ExtractException(
              file
                  + ": "
                  + t.getKey()
                  + ": pattern \""
                  + t.getValue().pattern()
                  + "\": expected exactly one of an {n} slot, \"factor\" or \"several\": true");
        }
        out.add(new MultiplierPattern(t.getValue(), factor, several));
        words.addAll(t.getValue().words());
      }
    }
  }

  /** The templates of an entry, by JSON pointer: its "pattern" or each of its "patterns". */
  private Map<String, Template> templates(JsonNode node, String pointer) {
    Map<String, Template> out = new LinkedHashMap<>();
    JsonNode one = node.get("pattern");
    JsonNode many = node.get("patterns");
    if ((one == null) == (many == null)) {
      throw new ExtractException(
          file + ": " + pointer + ": expected either \"pattern\" or \"patterns\", not both");
    }
    Map<String, String> texts =
        one != null
            ? Map.of(pointer + "/pattern", text(one, pointer + "/pattern"))
            : strings(node, "patterns", pointer + "/patterns");
    if (texts.isEmpty()) {
      throw problem(pointer + "/patterns", many, "one or more patterns");
    }
    for (var entry : texts.entrySet()) {
      try {
        String pattern = Normalizer.normalize(entry.getValue(), Normalizer.Form.NFC).strip();
        out.put(entry.getKey(), Template.parse(pattern, plain));
      } catch (IllegalArgumentException e) {
        throw new ExtractException(
            file
                + ": "
                + entry.getKey()
                + ": pattern \""
                + entry.getValue()
                + "\": "
                + e.getMessage()
                + ": expected words, [optional words] and {n} {year} {month} {monthNumber} {day} slots");
      }
    }
    return out;
  }

  private void allowOnly(JsonNode node, String pointer, String... keys) {
    List<String> allowed = List.of(keys);
    for (String name : names(node)) {
      if (!allowed.contains(name)) {
        throw new ExtractException(
            file
                + ": "
                + pointer
                + ": unknown key \""
                + name
                + "\": expected "
                + String.join(", ", allowed));
      }
    }
  }

  private static List<String> names(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }

  private <E extends Enum<E>> Optional<E> enumValue(Class<E> type, JsonNode node, String pointer) {
    if (node == null || !node.isTextual()) {
      return Optional.empty();
    }
    String name = node.asText();
    if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The fields of an object member, by name; empty when the key is absent. */
  private Map<String, JsonNode> object(JsonNode parent, String name) {
    return object(parent, name, "/" + name);
  }

  private Map<String, JsonNode> object(JsonNode parent, String name, String pointer) {
    JsonNode node = parent.get(name);
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      throw problem(pointer, node, "an object");
    }
    node.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The strings of an array member, by JSON pointer; empty when the key is absent. */
  private Map<String, String> strings(JsonNode parent, String name) {
    return strings(parent, name, "/" + name);
  }

  private Map<String, String> strings(JsonNode parent, String name, String pointer) {
    Map<String, String> out = new LinkedHashMap<>();
    for (var entry : entries(parent.get(name), pointer).entrySet()) {
      out.put(entry.getKey(), text(entry.getValue(), entry.getKey()));
    }
    return out;
  }

  private Map<String, JsonNode> entries(JsonNode array, String pointer) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    if (array == null) {
      return out;
    }
    if (!array.isArray()) {
      throw problem(pointer, array, "an array");
    }
    for (int i = 0; i < array.size(); i++) {
      out.put(pointer + "/" + i, array.get(i));
    }
    return out;
  }

  private String text(JsonNode node, String pointer) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw problem(pointer, node, "a non-empty string");
    }
    return node.asText();
  }

  private ExtractException problem(String pointer, JsonNode found, String expected) {
    String shown = found == null ? "nothing" : found.toString();
    if (shown.length() > 80) {
      shown = shown.substring(0, 77) + "...";
    }
    return new ExtractException(
        file
            + ": "
            + (pointer.isEmpty() ? "/" : pointer)
            + ": found "
            + shown
            + ": expected "
            + expected);
  }
}
