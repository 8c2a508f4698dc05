package org.newsgraph.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.TestFiles;

/**
 * Runs every case of {@code src/test/resources/values/cases.json} against the project's {@code
 * data/values}: each case lists all the values expected in its sentence, so a value found that is
 * not listed fails the case too.
 */
class ValueCasesTest {
  private static ValueLexicon lexicon;

  @BeforeAll
  static void load() {
    lexicon = ValueLexicon.load(TestFiles.dataDir().resolve("values"));
  }

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    JsonNode manifest =
        new ObjectMapper()
            .readTree(Files.readString(TestFiles.resource("values/cases.json")))
            .get("cases");
    List<DynamicTest> tests = new ArrayList<>();
    manifest.forEach(c -> tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> run(c))));
    return tests.stream();
  }

  private static void run(JsonNode c) {
    ValueFinder finder = ValueFinder.forLanguage(lexicon, c.get("language").asText());
    String input = c.get("input").asText();
    Optional<ReferenceDate> reference = reference(c.get("reference"));
    List<ValueMention> found = finder.find(input, reference);

    for (ValueMention v : found) {
      assertThat(input.substring(v.begin(), v.end())).as("span of %s", v).isEqualTo(v.text());
    }
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).begin())
          .as("%s starts after %s ends", found.get(i), found.get(i - 1))
          .isGreaterThanOrEqualTo(found.get(i - 1).end());
    }

    assertThat(describe(finder.quantities(input)))
        .as("quantities")
        .containsExactlyElementsOf(expected(c.get("quantities"), ValueCasesTest::quantity));
    assertThat(describe(finder.multipliers(input)))
        .as("multipliers")
        .containsExactlyElementsOf(expected(c.get("multipliers"), ValueCasesTest::multiplier));
    assertThat(describe(finder.dates(input, reference)))
        .as("dates")
        .containsExactlyElementsOf(expected(c.get("dates"), ValueCasesTest::date));
  }

  private static Optional<ReferenceDate> reference(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    String text = node.asText();
    return Optional.of(
        text.length() == 4
            ? ReferenceDate.ofYear(Year.parse(text).getValue())
            : ReferenceDate.of(YearMonth.parse(text)));
  }

  private interface Describer {
    String describe(JsonNode expected);
  }

  private static List<String> expected(JsonNode list, Describer describer) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      list.forEach(e -> out.add(describer.describe(e)));
    }
    return out;
  }

  private static String quantity(JsonNode e) {
    return String.join(
        " | ",
        e.get("text").asText(),
        e.get("value").asText(),
        "currency=" + e.path("currency").asText("-"),
        "unit=" + e.path("unit").asText("-"),
        e.path("comparison").asText("EXACTLY"));
  }

  private static String multiplier(JsonNode e) {
    return String.join(
        " | ",
        e.get("text").asText(),
        e.path("several").asBoolean() ? "several" : "factor=" + e.get("factor").asText());
  }

  private static String date(JsonNode e) {
    String value = e.path("value").asText("unresolved");
    String precision =
        e.has("precision")
            ? e.get("precision").asText()
            : switch (value.length()) {
              case 4 -> "YEAR";
              case 7 -> "MONTH";
              default -> "DAY";
            };
    return String.join(
        " | ",
        e.get("text").asText(),
        value,
        precision,
        e.path("relative").asBoolean() ? "relative" : "absolute",
        e.path("role").asText("POINT"));
  }

  private static List<String> describe(List<? extends ValueMention> found) {
    return found.stream().map(ValueCasesTest::describe).toList();
  }

  private static String describe(ValueMention v) {
    return switch (v) {
      case Quantity q ->
          String.join(
              " | ",
              q.text(),
              q.value().toPlainString(),
              "currency=" + q.currency().orElse("-"),
              "unit=" + q.unitText().orElse("-"),
              q.comparison().name());
      case Multiplier m ->
          String.join(
              " | ",
              m.text(),
              m.several() ? "several" : "factor=" + m.factor().orElseThrow().toPlainString());
      case DateMention d ->
          String.join(
              " | ",
              d.text(),
              d.value().orElse("unresolved"),
              d.precision().name(),
              d.relative() ? "relative" : "absolute",
              d.role().name());
    };
  }
}
