package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.rdf.RdfInput;
import org.newsgraph.rdf.RdfOutput;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.SparqlRunner;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code query}: run SPARQL against the store, RDF files or a remote endpoint. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a SPARQL query against the store, RDF files or an endpoint.",
      "The query is a .rq file or -q TEXT; the default graph is the union of the named graphs."
    })
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Parameters(paramLabel = "FILE.rq", arity = "0..1", description = "File holding the query.")
  Path file;

  @Option(
      names = {"-q", "--query"},
      paramLabel = "TEXT",
      description = "The query text.")
  String text;

  @Option(
      names = {"-p", "--param"},
      paramLabel = "NAME=VALUE",
      description =
          "Bind ?NAME to VALUE (<…> for an IRI, else a string); bound as a term, never pasted.")
  List<String> params = List.of();

  @ArgGroup(exclusive = true)
  Source source = new Source();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverters.Results.class,
      description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  /** Where the query runs; at most one. */
  static final class Source {
    @Option(
        names = "--store",
        paramLabel = "DIR",
        description = "TDB2 store folder (default: $NEWSGRAPH_HOME/store).")
    Path store;

    @Option(
        names = "--data",
        paramLabel = "FILE",
        arity = "1..*",
        description = "RDF files to query.")
    List<Path> data;

    @Option(names = "--endpoint", paramLabel = "URL", description = "A SPARQL endpoint.")
    String endpoint;
  }

  @Override
  public Integer call() throws IOException {
    Query query =
        QueryParameters.bind(
            SparqlRunner.parse(queryText(), file != null ? file.toString() : "query"),
            QueryParameters.parse(params));
    if (source.endpoint != null) {
      SparqlRunner.runRemote(query, source.endpoint, format, main.out());
    } else if (source.data != null) {
      SparqlRunner.run(query, fromFiles(source.data), format, main.out());
    } else {
      try (GraphStore store = Main.openExisting(source.store)) {
        SparqlRunner.run(query, store.dataset(), format, main.out());
      }
    }
    main.out().flush();
    return 0;
  }

  private String queryText() throws IOException {
    if ((file == null) == (text == null)) {
      throw new ParameterException(
          spec.commandLine(), "give either FILE.rq or -q TEXT, not both and not neither");
    }
    if (text != null) {
      return text;
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException(file + ": query file not found");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The files' triples and quads; the default graph also holds the union of the named graphs. */
  private static DatasetGraph fromFiles(List<Path> files) {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    for (Path path : files) {
      DatasetGraph read = RdfInput.read(path);
      read.find().forEachRemaining(dataset::add);
      RdfOutput.union(read).find().forEachRemaining(t -> dataset.getDefaultGraph().add(t));
    }
    return dataset;
  }
}
