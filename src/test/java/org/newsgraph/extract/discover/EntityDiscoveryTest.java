package org.newsgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Pipeline;
import org.newsgraph.TestFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;
import org.newsgraph.vocab.NG;

/** Discovery on short articles of our own, through the whole extraction with the real data. */
class EntityDiscoveryTest {
  private static final String BASE = "https://w3id.org/newsgraph/";
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = Pipeline.create(TestFiles.config());
  }

  private static Extraction extract(String id, String language, String body) {
    String text =
        "---\nid: "
            + id
            + "\ntitle: t\nlanguage: "
            + language
            + "\npublished: 2024-10-17\nsource: test\n---\n"
            + body;
    Article article = ArticleReader.parse(text, id + "." + language + ".txt", "test");
    return pipeline.extract(article);
  }

  private static Map<String, String> entities(Extraction e) {
    return e.mentions().stream()
        .collect(Collectors.toMap(Mention::anchor, Mention::entity, (a, b) -> a));
  }

  private static boolean has(Extraction e, String subject, String predicate, String object) {
    return e.facts().stream()
        .anyMatch(
            (Fact f) ->
                f.subject().equals(subject)
                    && f.predicate().equals(NG.NS + predicate)
                    && f.object().iri().equals(Optional.of(object)));
  }

  @Test
  void anUnknownStartupItsFounderAndItsCityAreTypedCandidates() {
    Extraction e =
        extract(
            "t-en-1",
            "en",
            "Nimbus Labs, the Chengdu-based start-up founded by Wei Xiaoming, released Nimbus-2"
                + " on Tuesday. Wei said the model was cheap.");
    Map<String, String> by = entities(e);
    assertThat(by.get("Nimbus Labs")).isEqualTo(BASE + "id/candidate/org/nimbus-labs");
    assertThat(by.get("Wei Xiaoming")).isEqualTo(BASE + "id/candidate/person/wei-xiaoming");
    assertThat(by.get("Wei"))
        .as("the surname alone is the same person")
        .isEqualTo(by.get("Wei Xiaoming"));
    assertThat(by.get("Nimbus-2")).isEqualTo(BASE + "id/candidate/model/nimbus-2");
    assertThat(by.get("Chengdu")).isEqualTo(BASE + "id/place/chengdu");
    assertThat(has(e, by.get("Wei Xiaoming"), "founderOf", by.get("Nimbus Labs"))).isTrue();
    assertThat(has(e, by.get("Nimbus-2"), "developedBy", by.get("Nimbus Labs"))).isTrue();
    assertThat(has(e, by.get("Nimbus Labs"), "headquarteredIn", BASE + "id/place/chengdu"))
        .isTrue();
    assertThat(e.candidateTypes().get(by.get("Nimbus Labs")))
        .containsExactly(NG.NS + "Organization");
  }

  @Test
  void theSameNameInAnotherArticleIsTheSameNode() {
    Extraction first = extract("t-en-2", "en", "Investors backed Nimbus Labs, a Chengdu start-up.");
    Extraction second =
        extract("t-en-3", "en", "Nimbus Labs is a Chengdu company that trains language models.");
    assertThat(entities(first).get("Nimbus Labs")).isEqualTo(entities(second).get("Nimbus Labs"));
  }

  @Test
  void traditionalChineseIsReadAsSimplifiedAndTheLexiconWins() {
    Extraction e = extract("t-zh-1", "zh", "零一萬物創始人兼CEO李開復表示，公司不會放棄預訓練。");
    Map<String, String> by = entities(e);
    assertThat(by.get("零一萬物")).isEqualTo(BASE + "id/org/01-ai");
    assertThat(by.get("李開復")).isEqualTo(BASE + "id/person/kai-fu-lee");
    assertThat(has(e, BASE + "id/org/01-ai", "ceo", BASE + "id/person/kai-fu-lee")).isTrue();
    assertThat(has(e, BASE + "id/person/kai-fu-lee", "founderOf", BASE + "id/org/01-ai")).isTrue();
  }

  @Test
  void aChineseStartupBeforeATitleAndItsFounderAreFound() {
    Extraction e = extract("t-zh-2", "zh", "星河智能创始人王明远表示，星河智能总部位于杭州。");
    Map<String, String> by = entities(e);
    assertThat(by.get("星河智能")).isEqualTo(BASE + "id/candidate/org/xing-he-zhi-neng");
    assertThat(by.get("王明远")).isEqualTo(BASE + "id/candidate/person/wang-ming-yuan");
    assertThat(has(e, by.get("王明远"), "founderOf", by.get("星河智能"))).isTrue();
  }

  @Test
  void marathiNamesBeforeAPersonWordAndInLatinLetters() {
    Extraction e =
        extract(
            "t-mr-1",
            "mr",
            "निंबस लॅब्सचे संस्थापक वेई शियाओमिंग यांनी Nimbus-2 हे मॉडेल सादर केले.");
    Map<String, String> by = entities(e);
    assertThat(by.get("वेई शियाओमिंग")).startsWith(BASE + "id/candidate/person/");
    assertThat(by.get("Nimbus-2")).isEqualTo(BASE + "id/candidate/model/nimbus-2");
  }

  @Test
  void slugsAreAsciiAndStable() {
    assertThat(CandidateIris.slug("Zürich AI")).isEqualTo("zurich-ai");
    assertThat(CandidateIris.slug("深度求索")).isEqualTo("shen-du-qiu-suo");
    assertThat(CandidateIris.slug("深度求索")).isEqualTo(CandidateIris.slug("深度求索 "));
    assertThat(CandidateIris.slug("डीपसीक")).startsWith("x-").hasSize(14);
    assertThat(List.of(CandidateIris.folded("零一萬物"))).containsExactly("零一万物");
  }
}
