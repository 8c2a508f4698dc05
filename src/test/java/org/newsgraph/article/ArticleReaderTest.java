package org.newsgraph.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.TestFiles;

class ArticleReaderTest {

  @Test
  void readsTheSeedArticleWithItsFrontMatter() {
    Article article = ArticleReader.read(TestFiles.seedArticle());
    assertThat(article.id()).isEqualTo("latepost-kai-fu-lee-2025-01");
    assertThat(article.language()).isEqualTo("mr");
    assertThat(article.published())
        .contains(new PublicationDate("2025-01", PublicationDate.Precision.MONTH));
    assertThat(article.source()).hasValueSatisfying(s -> assertThat(s).contains("LatePost"));
    assertThat(article.text()).startsWith("- Published on").doesNotContain("language: mr");
    assertThat(article.title())
        .isEqualTo("शून्य एकचे धोरण बदलले: आता मोठे मॉडेल बनवण्यावर लक्ष नाही");
  }

  @Test
  void normalisesTextToNfcAndLineEndsToLf() {
    String decomposedNukta = "\u0915\u093C"; // क + nukta; NFC keeps it as two code points
    String decomposedE = "e\u0301"; // e + combining acute becomes é
    Article article =
        ArticleReader.parse(
            "\uFEFF---\r\nlanguage: en\r\n---\r\nCaf"
                + decomposedE
                + "\r\nline "
                + decomposedNukta
                + "\r\n",
            "cafe.txt",
            "cafe.txt");
    assertThat(article.text()).isEqualTo("Caf\u00E9\nline \u0915\u093C");
    assertThat(article.id()).isEqualTo("cafe");
  }

  @Test
  void takesLanguageFromTheFileNameWhenThereIsNoFrontMatter() {
    Article article = ArticleReader.parse("01.AI मुलाखत", "note.mr.txt", "note.mr.txt");
    assertThat(article.language()).isEqualTo("mr");
    assertThat(article.title()).isEqualTo("01.AI मुलाखत");
    assertThat(article.published()).isEmpty();
  }

  @Test
  void parsesEachDatePrecision() {
    assertThat(PublicationDate.parse("2025"))
        .map(PublicationDate::precision)
        .contains(PublicationDate.Precision.YEAR);
    assertThat(PublicationDate.parse("2025-01-31"))
        .map(PublicationDate::precision)
        .contains(PublicationDate.Precision.DAY);
    assertThat(PublicationDate.parse("2025-13")).isEmpty();
    assertThat(PublicationDate.parse("2025-02-30")).isEmpty();
  }

  static Stream<Arguments> badArticles() {
    Path dir = TestFiles.resource("articles/bad/manifest.tsv").getParent();
    return TestFiles.manifestRows(dir.resolve("manifest.tsv")).stream()
        .map(row -> Arguments.of(dir.resolve(row[0]), Integer.parseInt(row[1]), row[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badArticles")
  void refusesBadArticlesNamingFileLineAndProblem(Path file, int line, String fragment) {
    assertThatThrownBy(() -> ArticleReader.read(file))
        .isInstanceOf(ArticleException.class)
        .hasMessageStartingWith(file + ":" + line + ": ")
        .hasMessageContaining(fragment);
  }
}
