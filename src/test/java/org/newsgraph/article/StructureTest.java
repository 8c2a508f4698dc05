package org.newsgraph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestFiles;

class StructureTest {

  @Test
  void splitsSentencesAtFullStopsQuestionMarksAndDandas() {
    List<Sentence> units = Structure.of("पहिले वाक्य। दुसरे वाक्य? Third one. Fourth!");
    assertThat(units)
        .extracting(Sentence::text)
        .containsExactly("पहिले वाक्य।", "दुसरे वाक्य?", "Third one.", "Fourth!");
  }

  @Test
  void keepsDecimalsAndDottedNamesInOneSentence() {
    assertThat(Structure.of("दहा कार्ड वापरल्यास 9.5 कार्डांइतका फायदा होतो. 01.AI वाढते."))
        .extracting(Sentence::text)
        .containsExactly("दहा कार्ड वापरल्यास 9.5 कार्डांइतका फायदा होतो.", "01.AI वाढते.");
  }

  @Test
  void recognisesHeadingsAndListsWithTheSentenceThatIntroducesThem() {
    String text =
        """
        आव्हाने
        त्यांनी काही आव्हाने सांगितली:
        - पहिले आव्हान.
        - दुसरे आव्हान.
        शेवटचे वाक्य.""";
    List<Sentence> units = Structure.of(text);
    assertThat(units)
        .extracting(Sentence::kind, Sentence::text, Sentence::cue, Sentence::section)
        .containsExactly(
            tuple(Sentence.Kind.HEADING, "आव्हाने", -1, -1),
            tuple(Sentence.Kind.SENTENCE, "त्यांनी काही आव्हाने सांगितली:", -1, 0),
            tuple(Sentence.Kind.LIST_ITEM, "पहिले आव्हान.", 1, 0),
            tuple(Sentence.Kind.LIST_ITEM, "दुसरे आव्हान.", 1, 0),
            tuple(Sentence.Kind.SENTENCE, "शेवटचे वाक्य.", -1, 0));
  }

  @Test
  void aShortLastLineIsNotAHeading() {
    assertThat(Structure.of("एक वाक्य.\nशेवट"))
        .extracting(Sentence::kind)
        .containsExactly(Sentence.Kind.SENTENCE, Sentence.Kind.SENTENCE);
  }

  @Test
  void offsetsAreCodePointsOfTheText() {
    String text = "😀 पहिले. दुसरे 😀 वाक्य.";
    int[] cps = text.codePoints().toArray();
    for (Sentence s : Structure.of(text)) {
      assertThat(new String(cps, s.begin(), s.end() - s.begin())).isEqualTo(s.text());
    }
  }

  @Test
  void findsTheFiveChallengesOfTheSeedArticleAsOneList() {
    Article seed = ArticleReader.read(TestFiles.seedArticle());
    List<Sentence> units = Structure.of(seed);
    Sentence intro =
        units.stream()
            .filter(s -> s.text().endsWith("आव्हाने सांगितली:"))
            .findFirst()
            .orElseThrow();
    assertThat(units.stream().filter(s -> s.cue() == intro.index())).hasSize(5);
    int[] cps = seed.text().codePoints().toArray();
    for (Sentence s : units) {
      assertThat(new String(cps, s.begin(), s.end() - s.begin())).isEqualTo(s.text());
    }
  }
}
