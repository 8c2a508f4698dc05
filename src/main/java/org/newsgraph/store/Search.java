package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.newsgraph.article.Sentence;
import org.newsgraph.article.Structure;
import org.newsgraph.vocab.NIF;

/**
 * Search in three languages over entity labels and article sentences, with plain SPARQL filters
 * (the label query is {@code search.rq} beside this class, usable from any SPARQL client with ?q
 * bound). Sentences are cut from the article texts with the same {@link Structure} the extractors
 * use, so a hit carries its exact offsets.
 */
public final class Search {
  private static final String LABEL_QUERY = "org/newsgraph/store/search.rq";

  /**
   * One thing found.
   *
   * @param kind {@code entity} or {@code sentence}
   * @param item the entity IRI, or the IRI of the article's text context
   * @param text the matching label, or the sentence
   * @param label the entity's English (else Marathi) label, or empty for sentences
   * @param begin for sentences, the start offset in code points; -1 for entities
   * @param end for sentences, the end offset; -1 for entities
   */
  public record Hit(String kind, String item, String text, String label, int begin, int end) {}

  private Search() {}

  public static List<Hit> find(DatasetGraph dataset, String text) {
    if (text.isBlank()) {
      throw new StoreException("search text is empty: expected some words to look for");
    }
    return Txn.calculateRead(
        dataset,
        () -> {
          List<Hit> hits = new ArrayList<>(entities(dataset, text));
          hits.addAll(sentences(dataset, text));
          return hits;
        });
  }

  private static List<Hit> entities(DatasetGraph dataset, String text) {
    Query query =
        QueryParameters.bind(
            SparqlRunner.fromClasspath(LABEL_QUERY),
            Map.of(Var.alloc("q"), NodeFactory.createLiteralString(text)));
    List<Hit> hits = new ArrayList<>();
    try (QueryExecution exec =
        QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset)).build()) {
      ResultSet rows = exec.execSelect();
      while (rows.hasNext()) {
        QuerySolution row = rows.next();
        String label =
            row.contains("en")
                ? row.getLiteral("en").getLexicalForm()
                : row.contains("mr") ? row.getLiteral("mr").getLexicalForm() : "";
        hits.add(
            new Hit(
                "entity",
                row.getResource("item").getURI(),
                row.getLiteral("matched").getLexicalForm(),
                label,
                -1,
                -1));
      }
    }
    return hits;
  }

  private static List<Hit> sentences(DatasetGraph dataset, String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    List<Hit> hits = new ArrayList<>();
    dataset
        .find(Node.ANY, Node.ANY, NIF.isString, Node.ANY)
        .forEachRemaining(
            q -> {
              String body = q.getObject().getLiteralLexicalForm();
              if (body.toLowerCase(Locale.ROOT).contains(needle)) {
                for (Sentence s : Structure.of(body)) {
                  if (s.text().toLowerCase(Locale.ROOT).contains(needle)) {
                    hits.add(
                        new Hit(
                            "sentence", q.getSubject().getURI(), s.text(), "", s.begin(), s.end()));
                  }
                }
              }
            });
    return hits.stream().distinct().toList();
  }
}
