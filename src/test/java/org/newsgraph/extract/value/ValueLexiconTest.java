package org.newsgraph.extract.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.TestFiles;
import org.newsgraph.extract.ExtractException;

class ValueLexiconTest {
  /** The smallest valid file; the bad cases each break one thing in it. */
  private static final String MINIMAL =
      """
      {
        "decimalSeparator": ".",
        "groupSeparator": ",",
        "numberWords": { "one": 1, "two": 2 },
        "scaleWords": { "hundred": 100 },
        "months": { "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
                    "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12 },
        "dates": [ { "pattern": "{year}" } ],
        "multipliers": [ { "pattern": "{n}x" } ]
      }
      """;

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void loadsTheProjectData() {
    ValueLexicon lexicon = ValueLexicon.load(TestFiles.dataDir().resolve("values"));
    assertThat(lexicon.languages()).contains("en", "mr", "zh");
  }

  @Test
  void theFileNameIsTheLanguageAndOtherFilesAreIgnored() throws IOException {
    write("xx.json", MINIMAL);
    write("README.md", "not data");
    ValueLexicon lexicon = ValueLexicon.load(dir);
    assertThat(lexicon.languages()).containsExactly("xx");
    ValueFinder finder = ValueFinder.forLanguage(lexicon, "xx");
    assertThat(finder.quantities("two hundred"))
        .singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualByComparingTo(new BigDecimal(200)));
    assertThat(finder.multipliers("2x")).hasSize(1);
  }

  @Test
  void aLanguageWithoutDataIsAnError() {
    ValueLexicon lexicon = ValueLexicon.load(TestFiles.dataDir().resolve("values"));
    assertThatThrownBy(() -> ValueFinder.forLanguage(lexicon, "ja"))
        .isInstanceOf(ExtractException.class)
        .hasMessageContaining("no value data for language 'ja'")
        .hasMessageContaining("data/values/ja.json");
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThatThrownBy(() -> ValueLexicon.load(dir.resolve("nowhere")))
        .isInstanceOf(ExtractException.class)
        .hasMessageContaining("nowhere: no such folder");
  }

  @Test
  void aBadFileNameIsAnError() throws IOException {
    write("marathi.json", MINIMAL);
    assertThatThrownBy(() -> ValueLexicon.load(dir))
        .isInstanceOf(ExtractException.class)
        .hasMessageContaining("marathi.json")
        .hasMessageContaining("expected LANG.json");
  }

  @Test
  void aSyntaxErrorNamesTheLineAndColumn() throws IOException {
    Path file = write("xx.json", "{\n  \"decimalSeparator\": \".\",\n  oops\n}");
    assertThatThrownBy(() -> ValueLexicon.load(dir))
        .isInstanceOf(ExtractException.class)
        .hasMessageStartingWith(file + ":3:")
        .hasMessageContaining("not valid JSON");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown key          | "numberWords":         | "numberWord":           | unknown key "numberWord": expected one of
          missing key          | "months":              | "monthNames":           | unknown key "monthNames"
          number as text       | "two": 2               | "two": "2"              | /numberWords/two: found "2": expected a number of 0 or more
          small scale          | "hundred": 100         | "hundred": 1            | /scaleWords/hundred: found 1: expected a number of at least 10
          bad currency         | "scaleWords":          | "currencyWords": { "yuan": "YUAN" }, "scaleWords": | /currencyWords/yuan: found "YUAN": expected an ISO 4217 currency code
          bad comparison       | "scaleWords":          | "comparators": { "before": { "over": "bigger" } }, "scaleWords": | /comparators/before/over: found "bigger": expected more-than, less-than, approximately, at-least or at-most
          month out of range   | "dec": 12              | "dec": 13               | /months/dec: found 13: expected a month number from 1 to 12
          missing month        | "dec": 12              | "december": 11          | /months: found
          repeated phrase      | "two": 2               | "two": 2, "TWO": 3      | "TWO" is given twice, as 2 and as 3
          unknown slot         | "{year}"               | "{week}"                | /dates/0/pattern: pattern "{week}": slot {week}: expected {n}, {year}, {month}, {monthNumber} or {day}
          month slot twice     | "{year}"               | "{month} {monthNumber}" | both {month} and {monthNumber}
          ranges not a flag    | "scaleWords":          | "numberWordRanges": "yes", "scaleWords": | /numberWordRanges: found "yes": expected true or false
          unclosed bracket     | "{year}"               | "{year} [in the"        | '[' is never closed
          relative sans year   | "{year}"               | "last {day}"            | /dates/0: pattern "last {day}" has no {year}: expected "year"
          minus n sans n       | "pattern": "{year}"    | "pattern": "last year", "year": "-n" | /dates/0/year: found "-n": expected a pattern with an {n} slot
          factor and slot      | "pattern": "{n}x"      | "pattern": "{n}x", "factor": 2 | /multipliers/0/pattern: pattern "{n}x": expected exactly one of an {n} slot, "factor" or "several": true
          weak not a number    | "scaleWords":          | "weakNumberWords": ["three"], "scaleWords": | /weakNumberWords/0: found "three": expected one of the numberWords
          number and scale     | "hundred": 100         | "hundred": 100, "two": 200 | [two] listed in both numberWords and scaleWords
          duplicate JSON key   | "two": 2               | "two": 2, "two": 2      | not valid JSON: Duplicate field 'two'
          """)
  void badDataNamesTheFileAndWhatWasExpected(
      String name, String replace, String with, String message) throws IOException {
    assertThat(MINIMAL).as(name).contains(replace);
    Path file = write("xx.json", MINIMAL.replace(replace, with));
    assertThatThrownBy(() -> ValueLexicon.load(dir))
        .as(name)
        .isInstanceOf(ExtractException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(message);
  }
}
