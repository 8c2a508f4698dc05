package org.newsgraph.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestFiles;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.vocab.NIF;

/**
 * docs/MODEL.md walks through one fact of the seed article in a single Turtle block. The block must
 * be a complete Turtle document that conforms to the shapes on its own, its text must be the seed
 * article's body, and the first SPARQL example must find the fact and its evidence in it.
 */
class ModelDocTest {
  private static final Pattern FENCE =
      Pattern.compile("^```(\\w+)\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final String BASE = "https://w3id.org/newsgraph/";

  private static List<String> turtle;
  private static List<String> sparql;

  @BeforeAll
  static void readDoc() throws IOException {
    String doc =
        Files.readString(TestFiles.project().resolve("docs/MODEL.md"), StandardCharsets.UTF_8);
    turtle = new ArrayList<>();
    sparql = new ArrayList<>();
    Matcher m = FENCE.matcher(doc);
    while (m.find()) {
      switch (m.group(1)) {
        case "turtle" -> turtle.add(m.group(2));
        case "sparql" -> sparql.add(m.group(2));
        default -> {}
      }
    }
  }

  private static Graph parseTurtle() {
    assertThat(turtle).as("```turtle blocks in docs/MODEL.md").hasSize(1);
    Graph graph = GraphFactory.createDefaultGraph();
    // No base: every IRI in the block must be absolute.
    RDFParser.fromString(turtle.get(0), Lang.TURTLE).parse(graph);
    return graph;
  }

  @Test
  void theTurtleBlockConformsToTheShapesOnItsOwn() {
    Graph graph = parseTurtle();
    assertThat(graph.size()).isPositive();
    graph
        .find()
        .forEachRemaining(
            t -> {
              for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                assertThat(n.isBlank()).as("blank node in %s", t).isFalse();
              }
            });
    ValidationResult result = ShapesGate.standard().validate(graph);
    assertThat(result.conforms()).as(result.describe()).isTrue();
  }

  @Test
  void theContextTextIsTheSeedArticleBody() {
    Graph graph = parseTurtle();
    String body = ArticleReader.read(TestFiles.seedArticle()).text();
    Node context =
        NodeFactory.createURI(
            BASE
                + "article/latepost-kai-fu-lee-2025-01#char=0,"
                + body.codePointCount(0, body.length()));
    List<String> texts = new ArrayList<>();
    graph
        .find(context, NIF.isString, Node.ANY)
        .forEachRemaining(t -> texts.add(t.getObject().getLiteralLexicalForm()));
    assertThat(texts).containsExactly(body);
  }

  @Test
  void theFirstQueryFindsTheFactWithItsEvidence() {
    Graph graph = parseTurtle();
    assertThat(sparql).as("```sparql blocks in docs/MODEL.md").isNotEmpty();
    for (String text : sparql) {
      QueryFactory.create(text);
    }
    Query query = QueryFactory.create(sparql.get(0));
    try (QueryExecution exec =
        QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query).build()) {
      ResultSet rows = exec.execSelect();
      assertThat(rows.hasNext()).as("a row").isTrue();
      QuerySolution row = rows.next();
      assertThat(row.getLiteral("name").getLexicalForm()).isEqualTo("Kai-Fu Lee");
      assertThat(row.getLiteral("evidence").getLexicalForm()).isEqualTo("शून्य एकचे सीईओ ली कै-फु");
      assertThat(row.getLiteral("begin").getInt()).isEqualTo(130);
      assertThat(row.getLiteral("end").getInt()).isEqualTo(154);
      assertThat(row.getLiteral("rule").getLexicalForm()).isEqualTo("ceo-mr-01");
      assertThat(row.getResource("article").getURI())
          .isEqualTo(BASE + "article/latepost-kai-fu-lee-2025-01");
      assertThat(rows.hasNext()).as("only one row").isFalse();
    }
  }
}
