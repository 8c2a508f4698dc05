package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Prefixes;

/**
 * Runs one SPARQL query against a local dataset or a remote endpoint and writes the answer: result
 * sets in a {@link ResultFormat}, ASK as {@code true}/{@code false}, graphs as Turtle (or JSON-LD
 * when JSON is asked for).
 */
public final class SparqlRunner {
  private SparqlRunner() {}

  /**
   * The query in the classpath resource {@code path} (a {@code .rq} file shipped in the jar),
   * parsed.
   *
   * @throws StoreException when it is missing, unreadable or not a valid query
   */
  public static Query fromClasspath(String path) {
    try (InputStream in = SparqlRunner.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new StoreException(path + ": not on the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
    } catch (IOException e) {
      throw new StoreException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Parses {@code text} with newsgraph's standard prefixes already declared (a query may redeclare
   * them); {@code source} names where it came from in the error message.
   */
  public static Query parse(String text, String source) {
    try {
      Query query = new Query();
      query.setPrefixMapping(PrefixMapping.Factory.create());
      Prefixes.standard().forEach(query::setPrefix);
      return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      throw new StoreException(
          source
              + ":"
              + e.getLine()
              + ":"
              + e.getColumn()
              + ": not a valid SPARQL query: "
              + e.getMessage(),
          e);
    }
  }

  public static void run(Query query, DatasetGraph dataset, ResultFormat format, OutputStream out) {
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExecution exec =
              QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset)).build()) {
            write(exec, query, format, out);
          }
        });
  }

  public static void runRemote(
      Query query, String endpoint, ResultFormat format, OutputStream out) {
    try (QueryExecution exec = QueryExecutionHTTP.service(endpoint).query(query).build()) {
      write(exec, query, format, out);
    } catch (RuntimeException e) {
      if (e instanceof StoreException) {
        throw e;
      }
      throw new StoreException(endpoint + ": the query failed: " + e.getMessage(), e);
    }
  }

  private static void write(
      QueryExecution exec, Query query, ResultFormat format, OutputStream out) {
    if (query.isSelectType()) {
      writeRows(exec.execSelect(), query, format, out);
    } else if (query.isAskType()) {
      boolean answer = exec.execAsk();
      if (format == ResultFormat.JSON) {
        ResultSetFormatter.outputAsJSON(out, answer);
      } else {
        new PrintStream(out, true, StandardCharsets.UTF_8).println(answer);
      }
    } else {
      Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
      RDFDataMgr.write(out, model, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
    }
  }

  private static void writeRows(
      ResultSet rows, Query query, ResultFormat format, OutputStream out) {
    switch (format) {
      case TABLE -> ResultSetFormatter.out(out, rows, query);
      case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
      case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
      case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
    }
  }
}
