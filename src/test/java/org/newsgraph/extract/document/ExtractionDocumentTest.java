package org.newsgraph.extract.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Pipeline;
import org.newsgraph.TestFiles;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Extraction;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.shapes.ValidationResult;
import org.newsgraph.vocab.NG;

class ExtractionDocumentTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void create() {
    pipeline = Pipeline.create(TestFiles.config());
  }

  @Test
  void aHandWrittenDocumentConvertsAndValidates() {
    ConvertedArticle converted = pipeline.convert(TestFiles.resource("documents/curated-ceo.json"));
    ValidationResult result = pipeline.validate(converted);
    assertThat(result.conforms()).as(result.describe()).isTrue();
    Graph graph = converted.articleGraph();
    Node company = NodeFactory.createURI("https://w3id.org/newsgraph/id/org/01-ai");
    Node lee = NodeFactory.createURI("https://w3id.org/newsgraph/id/person/kai-fu-lee");
    assertThat(graph.contains(company, NG.term("ceo"), lee)).isTrue();
    assertThat(graph.contains(Node.ANY, NG.rule, NodeFactory.createLiteralString("curator:test")))
        .isTrue();
    assertThat(graph.contains(Node.ANY, NG.speaker, lee)).isTrue();
    // Statements of a hand-written document say so; none claims to come from the rule engine.
    assertThat(graph.contains(Node.ANY, NG.extractor, NodeFactory.createLiteralString("curated")))
        .isTrue();
    assertThat(graph.contains(Node.ANY, NG.extractor, NodeFactory.createLiteralString("rules")))
        .isFalse();
  }

  @Test
  void whatTheExtractorsWriteReadsBackUnchanged(@TempDir Path tmp) throws IOException {
    Extraction extracted = pipeline.extract(ArticleReader.read(TestFiles.seedArticle()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExtractionJson.write(extracted, out);
    Path file = tmp.resolve("seed.json");
    Files.write(file, out.toByteArray());
    Extraction read = ExtractionJson.read(file);
    assertThat(read.mentions()).isEqualTo(extracted.mentions());
    assertThat(read.facts()).isEqualTo(extracted.facts());
    assertThat(read.claims()).isEqualTo(extracted.claims());
    assertThat(read.nodes()).isEqualTo(extracted.nodes());
    assertThat(read.article().text()).isEqualTo(extracted.article().text());
    assertThat(extracted.facts()).isNotEmpty();
  }

  static Stream<Arguments> badDocuments() {
    Path dir = TestFiles.resource("documents/manifest.tsv").getParent();
    return TestFiles.manifestRows(dir.resolve("manifest.tsv")).stream()
        .map(row -> Arguments.of(dir.resolve(row[0]), row[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void aBadDocumentIsRefusedNamingFileAndPath(Path file, String fragment) {
    assertThatThrownBy(() -> ExtractionJson.read(file))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(fragment);
  }
}
