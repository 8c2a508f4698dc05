package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestFiles;
import org.newsgraph.article.Article;
import org.newsgraph.shapes.ShapesGate;

class CoreferenceTest {
  private static final String BASE = "https://example.org/kg/";
  private static LexiconExtractor names;
  private static CoreferenceResolver references;
  private static final TypeHierarchy HIERARCHY =
      new TypeHierarchy(ShapesGate.standard().ontology());

  @BeforeAll
  static void load() {
    Path dir = TestFiles.resource("lexicon-small");
    Lexicon lexicon = LexiconLoader.load(dir, BASE);
    names = new LexiconExtractor(lexicon);
    references = new CoreferenceResolver(CoreferenceRules.load(dir, HIERARCHY), lexicon, HIERARCHY);
  }

  private static List<Mention> resolved(String text, String language) {
    Article article =
        new Article(
            "t", "t", language, Optional.empty(), Optional.empty(), Optional.empty(), text, "t");
    return references.resolve(names.extract(article)).mentions().stream()
        .filter(m -> m.extractor().equals(CoreferenceResolver.NAME))
        .toList();
  }

  @Test
  void theCompanyWithItsEndingsIsTheMostMentionedOrganisation() {
    String text = "शून्य एकचे धोरण. अलीबाबा क्लाउड मोठी आहे. शून्य एक पुढे जाते. कंपनीने बदल केला.";
    List<Mention> found = resolved(text, "mr");
    assertThat(found)
        .extracting(Mention::entity, Mention::anchor, Mention::suffix, Mention::linking)
        .containsExactly(tuple(BASE + "id/org/01-ai", "कंपनी", "ने", "coreference:most-mentioned"));
    // The chain: the antecedent is the last mention of 01.AI before the word.
    int second = text.indexOf("शून्य एक पुढे");
    assertThat(found.get(0).antecedent()).contains(new Mention.Span(second, second + 8));
  }

  @Test
  void aPronounIsTheLastPersonNamed() {
    List<Mention> found = resolved("ली कै-फु यांनी सांगितले. त्यांनी उदाहरण दिले.", "mr");
    assertThat(found)
        .extracting(Mention::entity, Mention::anchor)
        .containsExactly(tuple(BASE + "id/person/kai-fu-lee", "त्यांनी"));
    assertThat(found.get(0).antecedent()).contains(new Mention.Span(0, 8));
  }

  @Test
  void aPronounBeforeAnyPersonStaysUnresolved() {
    assertThat(resolved("त्यांनी सांगितले. ली कै-फु आले.", "mr")).isEmpty();
  }

  @Test
  void resolvesEnglishReferringWordsIgnoringCase() {
    List<Mention> found =
        resolved("Kai-Fu Lee runs 01.AI. He said the company will grow; His view is clear.", "en");
    assertThat(found)
        .extracting(Mention::anchor, Mention::entity)
        .containsExactly(
            tuple("He", BASE + "id/person/kai-fu-lee"),
            tuple("the company", BASE + "id/org/01-ai"),
            tuple("His", BASE + "id/person/kai-fu-lee"));
  }

  @Test
  void aBadRuleFileNamesTheLineAndTheExpectation(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("coreference-mr.tsv"), "# ok\nकंपनी\tsometimes\tOrganization\t0.7\n");
    assertThatThrownBy(() -> CoreferenceRules.load(dir, HIERARCHY))
        .isInstanceOf(ExtractException.class)
        .hasMessageContaining("coreference-mr.tsv:2")
        .hasMessageContaining("expected most-mentioned or last-mentioned");
  }

  @Test
  void aMisspeltClassIsAnErrorNotARuleThatNeverFires(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("coreference-en.tsv"), "the company\tmost-mentioned\tCompny\t0.7\n");
    assertThatThrownBy(() -> CoreferenceRules.load(dir, HIERARCHY))
        .isInstanceOf(ExtractException.class)
        .hasMessageContaining("coreference-en.tsv:1")
        .hasMessageContaining("class 'Compny'")
        .hasMessageContaining("expected the name of a class of the ng: ontology");
    Files.writeString(
        dir.resolve("coreference-en.tsv"), "the company\tmost-mentioned\tCompany\t0.7\n");
    assertThat(CoreferenceRules.load(dir, HIERARCHY))
        .extracting(CoreferenceRule::classIri)
        .containsExactly(org.newsgraph.vocab.NG.NS + "Company");
  }

  @Test
  void aMisspeltTypeWordClassIsAnError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("type-words-en.tsv"), "# comment\nmodel\tAIModle\n");
    Lexicon lexicon = LexiconLoader.load(TestFiles.resource("lexicon-small"), BASE);
    assertThatThrownBy(() -> new CandidateFinder(dir, lexicon, HIERARCHY))
        .isInstanceOf(ExtractException.class)
        .hasMessageContaining("type-words-en.tsv:2")
        .hasMessageContaining("class 'AIModle'");
  }
}
