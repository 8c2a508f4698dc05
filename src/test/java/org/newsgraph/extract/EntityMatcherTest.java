package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestFiles;
import org.newsgraph.article.Article;

class EntityMatcherTest {
  private static final String BASE = "https://example.org/kg/";
  private static LexiconExtractor extractor;

  @BeforeAll
  static void loadLexicon() {
    extractor = new LexiconExtractor(LexiconLoader.load(TestFiles.resource("lexicon-small"), BASE));
  }

  private static List<Mention> mentions(String text, String language) {
    Article article =
        new Article(
            "t", "t", language, Optional.empty(), Optional.empty(), Optional.empty(), text, "t");
    return extractor.extract(article).mentions();
  }

  @Test
  void findsANameWithAMarathiCaseEndingWrittenOntoIt() {
    assertThat(mentions("शून्य एकचे धोरण बदलले", "mr"))
        .extracting(Mention::entity, Mention::begin, Mention::end, Mention::anchor, Mention::suffix)
        .containsExactly(tuple(BASE + "id/org/01-ai", 0, 8, "शून्य एक", "चे"));
  }

  @Test
  void chainsTwoEndingsAndPrefersTheLongestName() {
    assertThat(mentions("अलीबाबा क्लाउडसोबतची भागीदारी", "mr"))
        .extracting(Mention::entity, Mention::anchor, Mention::suffix)
        .containsExactly(tuple(BASE + "id/org/alibaba-cloud", "अलीबाबा क्लाउड", "सोबतची"));
  }

  @Test
  void refusesANameThatIsOnlyThePrefixOfAnotherWord() {
    assertThat(mentions("शून्य एकदम नवीन", "mr")).isEmpty();
    assertThat(mentions("अलीबाबाझ", "mr")).isEmpty();
  }

  @Test
  void refusesANameThatStartsInsideAWord() {
    assertThat(mentions("xAlibaba Cloud", "en")).isEmpty();
  }

  @Test
  void doesNotSplitAVowelSignFromItsConsonant() {
    // "ली कै-फु" must not match inside "ली कै-फुट": ट follows without any ending.
    assertThat(mentions("ली कै-फुट", "mr")).isEmpty();
    assertThat(mentions("ली कै-फु यांनी सांगितले", "mr"))
        .extracting(Mention::anchor)
        .containsExactly("ली कै-फु");
  }

  @Test
  void matchesEnglishIgnoringCaseAndPossessives() {
    assertThat(mentions("ALIBABA CLOUD's revenue and 01.ai’s plans", "en"))
        .extracting(Mention::entity, Mention::anchor, Mention::suffix)
        .containsExactly(
            tuple(BASE + "id/org/alibaba-cloud", "ALIBABA CLOUD", "'s"),
            tuple(BASE + "id/org/01-ai", "01.ai", "’s"));
  }

  @Test
  void matchesChineseWithoutSpaces() {
    assertThat(mentions("李开复说零一万物和阿里云合作", "zh"))
        .extracting(Mention::entity, Mention::begin, Mention::end)
        .containsExactly(
            tuple(BASE + "id/person/kai-fu-lee", 0, 3),
            tuple(BASE + "id/org/01-ai", 4, 8),
            tuple(BASE + "id/org/alibaba-cloud", 9, 12));
  }

  @Test
  void countsOffsetsInCodePointsNotUtf16Units() {
    String text = "😀😀 01.AI";
    List<Mention> found = mentions(text, "en");
    assertThat(found).extracting(Mention::begin, Mention::end).containsExactly(tuple(3, 8));
    int[] cps = text.codePoints().toArray();
    assertThat(new String(cps, found.get(0).begin(), 5)).isEqualTo(found.get(0).anchor());
  }

  @Test
  void recordsAmbiguityAsLowerConfidenceAndPicksByDocumentedOrder() {
    List<Mention> found = mentions("Opus is a model", "en");
    assertThat(found).hasSize(1);
    // Both entities carry "Opus"@en: the alternative label beats the hidden one.
    assertThat(found.get(0).entity()).isEqualTo(BASE + "id/model/opus-b");
    assertThat(found.get(0).confidence()).isEqualTo(0.9 / 2);
    assertThat(mentions("Alibaba Group", "en").get(0).confidence()).isEqualTo(0.95);
  }

  @Test
  void resolvesLexiconIrisAgainstTheConfiguredBase() {
    Lexicon lexicon =
        LexiconLoader.load(TestFiles.resource("lexicon-small"), "http://other.example/");
    assertThat(lexicon.entries())
        .extracting(LexiconEntry::iri)
        .contains("http://other.example/id/org/01-ai");
    assertThat(lexicon.suffixesFor("mr")).contains("चे", "सोबत");
  }

  @Test
  void matchesAcrossANoBreakSpace() {
    assertThat(mentions("ली\u00A0कै-फु यांनी", "mr"))
        .extracting(Mention::entity, Mention::anchor)
        .containsExactly(tuple(BASE + "id/person/kai-fu-lee", "ली\u00A0कै-फु"));
  }

  @Test
  void ignoresJoinersInsideANameAndKeepsThemInTheAnchor() {
    String withJoiner = "शून्य\u200D एकचे";
    List<Mention> found = mentions(withJoiner, "mr");
    assertThat(found)
        .extracting(Mention::anchor, Mention::suffix)
        .containsExactly(tuple("शून्य\u200D एक", "चे"));
    assertThat(found.get(0).end()).isEqualTo(9);
  }

  @Test
  void readsDevanagariDigitsAsDigits() {
    assertThat(mentions("०१.AI ने सांगितले", "mr"))
        .extracting(Mention::entity, Mention::anchor)
        .containsExactly(tuple(BASE + "id/org/01-ai", "०१.AI"));
  }

  @Test
  void treatsCurlyAndStraightApostrophesAlike() {
    assertThat(mentions("Alibaba Cloud’s and Alibaba Cloud's", "en"))
        .extracting(Mention::suffix)
        .containsExactly("’s", "'s");
  }

  @Test
  void endsANameAtADandaOrAQuote() {
    assertThat(mentions("मुलाखत शून्य एक। 'ली कै-फु'ला", "mr"))
        .extracting(Mention::anchor, Mention::suffix)
        .containsExactly(tuple("शून्य एक", ""), tuple("ली कै-फु", ""));
  }

  @Test
  void matchesNuktaLettersWhetherPrecomposedOrNot() {
    // U+0958 (क़) is excluded from composition: NFC turns it into क + nukta, as the reader does.
    String precomposed = java.text.Normalizer.normalize("\u0958", java.text.Normalizer.Form.NFC);
    assertThat(precomposed).isEqualTo("\u0915\u093C");
    assertThat(mentions("\u0915\u093C शून्य एक", "mr"))
        .extracting(Mention::anchor)
        .containsExactly("शून्य एक");
    // A nukta after a name's last letter changes the letter: no match.
    assertThat(mentions("शून्य एक\u093C", "mr")).isEmpty();
  }

  @Test
  void resolvesAnAmbiguousFormToTheSenseTheArticleNamesElsewhere() {
    List<Mention> found = mentions("Opus B is new. Opus is fast.", "en");
    assertThat(found)
        .extracting(Mention::anchor, Mention::entity, Mention::linking)
        .containsExactly(
            tuple("Opus B", BASE + "id/model/opus-b", LexiconExtractor.RULE_UNIQUE),
            tuple("Opus", BASE + "id/model/opus-b", LexiconExtractor.RULE_DISCOURSE));
    assertThat(found.get(1).alternatives()).containsExactly(BASE + "id/model/opus-a");
    List<Mention> other = mentions("Opus A is old. Opus is slow.", "en");
    assertThat(other.get(1).entity()).isEqualTo(BASE + "id/model/opus-a");
  }
}
