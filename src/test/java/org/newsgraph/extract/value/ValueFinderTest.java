package org.newsgraph.extract.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.PublicationDate;

class ValueFinderTest {
  private static ValueLexicon lexicon;
  private static ValueFinder marathi;
  private static ValueFinder english;

  @BeforeAll
  static void load() {
    lexicon = ValueLexicon.load(TestFiles.dataDir().resolve("values"));
    marathi = ValueFinder.forLanguage(lexicon, "mr");
    english = ValueFinder.forLanguage(lexicon, "en");
  }

  private static List<String> texts(List<ValueMention> found) {
    return found.stream().map(ValueMention::text).toList();
  }

  /** The whole seed article: every value found, and nothing else (precision over a real text). */
  @Test
  void findsExactlyTheValuesOfTheMarathiSeedArticle() {
    Article article = ArticleReader.read(TestFiles.seedArticle());
    Optional<ReferenceDate> published = article.published().map(ReferenceDate::of);
    List<ValueMention> found = marathi.find(article.text(), published);
    assertSpansAreOrderedAndExact(article.text(), found);
    assertThat(texts(found))
        .containsExactly(
            "मागील दोन वर्षांपासून",
            "2025",
            "दुप्पट",
            "गेल्या वर्षी मे मध्ये",
            "एक कार्ड",
            "दहा कार्ड",
            "9.5 कार्डांइतका",
            "एक लाख कार्डांऐवजी",
            "दहा लाख कार्ड",
            "तीन लाख कार्डांइतकाच",
            "2024 मध्ये",
            "100 दशलक्ष युआनपेक्षा जास्त",
            "2025 मध्ये",
            "अनेक पटीने",
            "2025",
            "2025");
    assertThat(found.get(0))
        .isInstanceOfSatisfying(
            DateMention.class,
            d -> {
              assertThat(d.value()).contains("2023");
              assertThat(d.role()).isEqualTo(DateMention.Role.START);
            });
  }

  @Test
  void findsExactlyTheValuesOfTheEnglishRendering() {
    Article article =
        ArticleReader.read(
            TestFiles.dataDir().resolve("articles/latepost-kai-fu-lee-2025-01.en.txt"));
    List<ValueMention> found =
        english.find(article.text(), article.published().map(ReferenceDate::of));
    assertSpansAreOrderedAndExact(article.text(), found);
    assertThat(texts(found))
        .containsExactly(
            "over the past two years",
            "2025",
            "double",
            "in May last year",
            "two companies",
            "ten cards",
            "9.5 cards",
            "one million cards",
            "one hundred thousand",
            "three hundred thousand cards",
            "in 2024",
            "more than 100 million yuan",
            "in 2025",
            "several times over",
            "2025",
            "2025");
  }

  private static void assertSpansAreOrderedAndExact(String text, List<ValueMention> found) {
    int previousEnd = 0;
    for (ValueMention v : found) {
      assertThat(v.begin()).as("order of %s", v).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(v.begin(), v.end())).isEqualTo(v.text());
      previousEnd = v.end();
    }
  }

  @Test
  void theKindListsAreTheFindListSplitByKind() {
    String text = "2024 मध्ये कमाई 100 दशलक्ष युआनपेक्षा जास्त झाली आणि ती दुप्पट होईल.";
    List<ValueMention> all = marathi.find(text, Optional.empty());
    assertThat(all).hasSize(3);
    assertThat(marathi.quantities(text)).containsExactly((Quantity) all.get(1));
    assertThat(marathi.multipliers(text)).containsExactly((Multiplier) all.get(2));
    assertThat(marathi.dates(text, Optional.empty())).containsExactly((DateMention) all.get(0));
  }

  @Test
  void spansCountCharsOfTheGivenString() {
    String text = "\uD83D\uDE00 more than 100 million yuan";
    Quantity q = english.quantities(text).get(0);
    assertThat(q.begin()).isEqualTo(3);
    assertThat(q.end()).isEqualTo(text.length());
    assertThat(q.value()).isEqualByComparingTo(new BigDecimal("100000000"));
  }

  @Test
  void valuesAreExactAndPlain() {
    Quantity q = english.quantities("1.5 billion dollars").get(0);
    assertThat(q.value()).isEqualTo(new BigDecimal("1500000000"));
    assertThat(q.value().toPlainString()).isEqualTo("1500000000");
    assertThat(english.quantities("0.1 million users").get(0).value())
        .isEqualTo(new BigDecimal("100000"));
  }

  @Test
  void noBreakSpacesAndJoinersDoNotGetInTheWay() {
    assertThat(english.quantities("100\u00A0million\u202Fyuan"))
        .singleElement()
        .satisfies(q -> assertThat(q.currency()).contains("CNY"));
    assertThat(marathi.quantities("100 दश\u200Dलक्ष युआन"))
        .singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualByComparingTo("100000000"));
  }

  @Test
  void theReferenceMayComeFromAPublicationDate() {
    assertThat(ReferenceDate.of(PublicationDate.parse("2025-01-15").orElseThrow()))
        .isEqualTo(new ReferenceDate(2025, Optional.of(Month.JANUARY)));
    assertThat(ReferenceDate.of(PublicationDate.parse("2025").orElseThrow()))
        .isEqualTo(ReferenceDate.ofYear(2025));
    assertThat(english.dates("It launched last May.", YearMonth.of(2025, 1)))
        .singleElement()
        .satisfies(d -> assertThat(d.value()).contains("2024-05"));
  }

  @Test
  void theRecordsCheckTheirSpans() {
    assertThatThrownBy(() -> new Multiplier(Optional.of(BigDecimal.TWO), true, 0, 6, "double"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Quantity(
                    BigDecimal.ONE,
                    Optional.empty(),
                    Optional.empty(),
                    Comparison.EXACTLY,
                    5,
                    5,
                    ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
