package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Pipeline;
import org.newsgraph.TestFiles;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NIF;

/** Builds a store from data/, starts the real server on a free port and asks it over HTTP. */
class ServerIT {
  private static final String PREFIXES =
      """
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
      """;

  /** The entities the seed article must yield, by IRI path under the base. */
  private static final Set<String> MISSION_ENTITIES =
      Set.of(
          "id/org/01-ai",
          "id/person/kai-fu-lee",
          "id/org/alibaba-cloud",
          "id/model/yi-large",
          "id/concept/mixture-of-experts",
          "id/concept/scaling-law",
          "id/org/latepost",
          "id/org/anthropic",
          "id/model/claude-opus",
          "id/concept/artificial-general-intelligence",
          "id/org/chinese-large-model-companies");

  @TempDir static Path tmp;
  private static GraphStore store;
  private static NewsgraphServer server;
  private static SparqlClient client;
  private static Article seed;
  private static org.apache.jena.graph.Graph ontology;

  @BeforeAll
  static void start() {
    Pipeline pipeline = Pipeline.create(TestFiles.config());
    store = GraphStore.open(tmp.resolve("store"));
    pipeline.load(store, pipeline.articleFiles());
    server =
        NewsgraphServer.start(
            store.dataset(),
            pipeline.gate().ontology(),
            IriScheme.defaults(),
            ServerSettings.builder().port(0).build());
    client = new SparqlClient(server.sparqlUrl());
    seed = ArticleReader.read(TestFiles.seedArticle());
    ontology = pipeline.gate().ontology();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void everyMentionedEntityComesBackWithLabelsAndExactMentions() throws Exception {
    List<Map<String, String>> rows =
        client.select(
            PREFIXES
                + """
                SELECT ?e ?en ?mr ?b ?end ?anchor WHERE {
                  GRAPH <https://w3id.org/newsgraph/graph/article/latepost-kai-fu-lee-2025-01> {
                    ?m itsrdf:taIdentRef ?e ; nif:beginIndex ?b ; nif:endIndex ?end ; nif:anchorOf ?anchor .
                  }
                  OPTIONAL { ?e skos:prefLabel ?en FILTER(lang(?en) = "en") }
                  OPTIONAL { ?e skos:prefLabel ?mr FILTER(lang(?mr) = "mr") }
                }""");
    Map<String, List<Map<String, String>>> byEntity =
        rows.stream().collect(Collectors.groupingBy(r -> r.get("e")));
    String base = org.newsgraph.rdf.IriScheme.DEFAULT_BASE;
    assertThat(byEntity.keySet())
        .containsAll(MISSION_ENTITIES.stream().map(p -> base + p).toList());

    int[] text = seed.text().codePoints().toArray();
    for (Map<String, String> row : rows) {
      if (!row.get("e").startsWith(base + "id/candidate/")) {
        assertThat(row.get("en")).as("English label of %s", row.get("e")).isNotBlank();
      }
      assertThat(row.get("mr"))
          .as("Marathi label of %s (a candidate has the article's name)", row.get("e"))
          .isNotBlank();
      int begin = Integer.parseInt(row.get("b"));
      int end = Integer.parseInt(row.get("end"));
      assertThat(new String(text, begin, end - begin))
          .as("anchor of %s", row)
          .isEqualTo(row.get("anchor"));
    }
  }

  @Test
  void findsTheMarathiNameOf01AiWithItsCaseEnding() throws Exception {
    List<Map<String, String>> rows =
        client.select(
            PREFIXES
                + """
                PREFIX ng: <https://w3id.org/newsgraph/ns#>
                SELECT ?anchor WHERE {
                  ?m itsrdf:taIdentRef <https://w3id.org/newsgraph/id/org/01-ai> ;
                     nif:anchorOf ?anchor ; ng:suffix "चे" .
                }""");
    assertThat(rows).extracting(r -> r.get("anchor")).contains("शून्य एक");
  }

  @Test
  void answersGetQueriesAndPing() throws Exception {
    String query = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
    var ask = client.get(server.sparqlUrl() + "?query=" + query, "application/sparql-results+json");
    assertThat(ask.statusCode()).isEqualTo(200);
    assertThat(ask.body()).contains("true");
    assertThat(client.get(server.url() + "/$/ping", "text/plain").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesUpdates() throws Exception {
    String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
    var response = client.post("update", update, "*/*");
    assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
    var viaUpdatePath = new SparqlClient(server.url() + "/kg/update").post("update", update, "*/*");
    assertThat(viaUpdatePath.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(client.select("SELECT * WHERE { <urn:x> ?p ?o }")).isEmpty();
  }

  @Test
  void refusesServiceCallsToOtherHosts() throws Exception {
    var response =
        client.post(
            "query",
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            "application/sparql-results+json");
    assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
  }

  @Test
  void servesTheOntologyAtItsNamespacePathByContentNegotiation() throws Exception {
    String ns = server.url() + NewsgraphServer.ONTOLOGY_PATH;
    var turtle = client.get(ns, "text/turtle");
    assertThat(turtle.statusCode()).isEqualTo(200);
    assertThat(turtle.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
    org.apache.jena.graph.Graph parsed = parse(turtle.body(), org.apache.jena.riot.Lang.TURTLE);
    assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(parsed, ontology)).isTrue();

    var html = client.get(ns, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.body())
        .contains("<h2 id=\"classes\">")
        .contains("id=\"Startup\"")
        .contains("schema:Organization");

    var jsonld = client.get(ns, "application/ld+json");
    assertThat(jsonld.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
    assertThat(client.get(ns, "*/*").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
    assertThat(client.get(ns, "image/png").statusCode()).isEqualTo(406);
    assertThat(client.get(ns + "?format=html", "text/turtle").body()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void publishesEveryEntityAsLinkedDataWithTheEvidenceOfItsFacts() throws Exception {
    String orgPage = server.url() + "/id/org/01-ai";
    var turtle = client.get(orgPage, "text/turtle");
    assertThat(turtle.statusCode()).as(turtle.body()).isEqualTo(200);
    org.apache.jena.graph.Graph parsed = parse(turtle.body(), org.apache.jena.riot.Lang.TURTLE);
    org.apache.jena.graph.Node company =
        org.apache.jena.graph.NodeFactory.createURI(IriScheme.DEFAULT_BASE + "id/org/01-ai");
    org.apache.jena.graph.Node lee =
        org.apache.jena.graph.NodeFactory.createURI(
            IriScheme.DEFAULT_BASE + "id/person/kai-fu-lee");
    assertThat(parsed.contains(company, NG.term("ceo"), lee)).isTrue();
    // Asserted classes only: the materialised superclasses stay behind SPARQL.
    org.apache.jena.graph.Node type = org.apache.jena.vocabulary.RDF.type.asNode();
    assertThat(parsed.contains(company, type, NG.term("Startup"))).isTrue();
    assertThat(
            parsed.contains(
                company,
                type,
                org.apache.jena.graph.NodeFactory.createURI("https://schema.org/Organization")))
        .isFalse();
    List<String> ceoEvidence =
        parsed.find(null, NG.predicate, NG.term("ceo")).toList().stream()
            .map(t -> parsed.find(t.getSubject(), NG.evidence, null).next().getObject())
            .map(span -> parsed.find(span, NIF.anchorOf, null).next().getObject())
            .map(org.apache.jena.graph.Node::getLiteralLexicalForm)
            .toList();
    assertThat(ceoEvidence).contains("शून्य एकचे सीईओ ली कै-फु");

    var jsonld = client.get(orgPage, "application/ld+json");
    assertThat(jsonld.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
    org.apache.jena.graph.Graph fromJsonld = parse(jsonld.body(), org.apache.jena.riot.Lang.JSONLD);
    assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(fromJsonld, parsed)).isTrue();

    var html = client.get(orgPage, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    assertThat(html.body())
        .contains("<h1>01.AI</h1>")
        .contains("href=\"/id/person/kai-fu-lee\"")
        .contains("<q>शून्य एकचे सीईओ ली कै-फु</q>")
        .contains("href=\"/ns#Startup\"");
    var person = client.get(server.url() + "/id/person/kai-fu-lee?format=html", "*/*");
    assertThat(person.statusCode()).isEqualTo(200);
    assertThat(person.body()).contains("<h1>Kai-Fu Lee</h1>").contains("<h2>Claims</h2>");
    var article = client.get(server.url() + "/article/latepost-kai-fu-lee-2025-01", "text/turtle");
    assertThat(article.statusCode()).isEqualTo(200);

    var missing = client.get(server.url() + "/id/org/no-such-company", "text/turtle");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("id/org/no-such-company").contains("is not in this graph");
    assertThat(client.get(orgPage, "image/png").statusCode()).isEqualTo(406);
  }

  @Test
  void offersTheWholeGraphForDownloadInGraphAndRdfFormats() throws Exception {
    String export = server.url() + NewsgraphServer.EXPORT_PATH;
    var cyjs = client.get(export + "?format=cyjs&lang=mr", "*/*");
    assertThat(cyjs.statusCode()).isEqualTo(200);
    assertThat(cyjs.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("newsgraph.cyjs"));
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cyjs.body());
    org.newsgraph.export.PropertyGraph expected =
        org.newsgraph.export.Projection.of(store.dataset(), IriScheme.defaults(), "mr");
    assertThat(json.at("/elements/nodes").size()).isEqualTo(expected.nodes().size());
    assertThat(json.at("/elements/edges").size()).isEqualTo(expected.edges().size());
    assertThat(cyjs.body()).contains("शून्य एक");

    var turtle = client.get(export + "?format=ttl", "*/*");
    assertThat(turtle.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
    org.apache.jena.graph.Graph parsed = parse(turtle.body(), org.apache.jena.riot.Lang.TURTLE);
    assertThat(parsed.size()).isGreaterThan(1000);

    var bad = client.get(export + "?format=png", "*/*");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("format 'png'").contains("graphml").contains("trig");
  }

  @Test
  void reportsMetricsForPrometheus() throws Exception {
    client.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    var metrics = client.get(server.url() + "/$/metrics", "text/plain");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE").contains("fuseki_requests");
  }

  @Test
  void answersWithMaterialisedSuperclassesAndSuperproperties() throws Exception {
    List<Map<String, String>> organisations =
        client.select("SELECT ?x WHERE { ?x a <https://schema.org/Organization> }");
    assertThat(organisations)
        .extracting(r -> r.get("x"))
        .contains(
            "https://w3id.org/newsgraph/id/org/01-ai",
            "https://w3id.org/newsgraph/id/org/alibaba-cloud",
            "https://w3id.org/newsgraph/id/org/industry-large-model-joint-lab");
    List<Map<String, String>> linked =
        client.select(
            "SELECT ?o WHERE { <https://w3id.org/newsgraph/id/org/01-ai>"
                + " <http://www.w3.org/ns/org#linkedTo> ?o }");
    assertThat(linked)
        .extracting(r -> r.get("o"))
        .contains("https://w3id.org/newsgraph/id/org/alibaba-cloud");
  }

  private static org.apache.jena.graph.Graph parse(String body, org.apache.jena.riot.Lang lang) {
    org.apache.jena.graph.Graph graph =
        org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    org.apache.jena.riot.RDFParser.fromString(body, lang).parse(graph);
    return graph;
  }
}
