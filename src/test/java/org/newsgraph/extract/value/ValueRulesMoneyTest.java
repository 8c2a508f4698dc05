package org.newsgraph.extract.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Pipeline;
import org.newsgraph.TestFiles;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.RdfOutput;

/**
 * A value rule with {@code "valueType": "MonetaryAmount"} (a price, a cost, a valuation) makes a
 * plain {@code ng:MonetaryAmount} node, not an {@code ng:Revenue}, and the article passes the
 * shapes: end to end, from an article file through the project's rules and value data.
 */
class ValueRulesMoneyTest {
  private static final String NG = "https://w3id.org/newsgraph/ns#";
  private static Pipeline pipeline;

  @TempDir Path dir;

  @BeforeAll
  static void create() {
    pipeline = Pipeline.create(TestFiles.config());
  }

  private Path article(String id, String language, String body) throws IOException {
    Path file = dir.resolve(id + "." + language + ".txt");
    Files.writeString(
        file,
        "---\nid: "
            + id
            + "-"
            + language
            + "\ntitle: A price\nlanguage: "
            + language
            + "\npublished: 2025-01\nsource: test\n---\n"
            + body
            + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  /** The amount, currency and class of every node that ng:hasPrice points to. */
  private static List<String> prices(ConvertedArticle converted) {
    Model data = ModelFactory.createModelForGraph(RdfOutput.union(converted.toDataset()));
    String query =
        "PREFIX ng: <"
            + NG
            + "> SELECT ?amount ?currency ?type WHERE { ?s ng:hasPrice ?v . ?v a ?type ;"
            + " ng:amount ?amount ; ng:currency ?currency }";
    List<String> out = new ArrayList<>();
    try (QueryExecution run = QueryExecutionFactory.create(query, data)) {
      run.execSelect()
          .forEachRemaining(
              row ->
                  out.add(
                      row.getLiteral("amount").getLexicalForm()
                          + " "
                          + row.getLiteral("currency").getString()
                          + " "
                          + row.getResource("type").getLocalName()));
    }
    return out;
  }

  @Test
  void anEnglishPriceIsAPlainMonetaryAmount() throws IOException {
    Path file = article("test-price", "en", "Yi-Large is priced at 0.99 yuan per million tokens.");
    ConvertedArticle converted = pipeline.convertValidated(file);
    assertThat(prices(converted)).containsExactly("0.99 CNY MonetaryAmount");
  }

  @Test
  void aChinesePriceIsAPlainMonetaryAmount() throws IOException {
    Path file = article("test-price", "zh", "Yi-Large的价格为每百万tokens 0.99元。");
    ConvertedArticle converted = pipeline.convertValidated(file);
    assertThat(prices(converted)).containsExactly("0.99 CNY MonetaryAmount");
  }
}
