package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.jena.system.Txn;
import org.newsgraph.export.GraphFormat;
import org.newsgraph.export.GraphWriter;
import org.newsgraph.export.Projection;
import org.newsgraph.export.PropertyGraph;
import org.newsgraph.rdf.RdfFormat;
import org.newsgraph.rdf.RdfOutput;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export}: the whole store, as RDF or as a graph for graph tools. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the loaded store as RDF (every named graph; their union for triple formats).",
      "Or export it for graph tools: entities and value nodes become nodes, and facts become"
          + " edges that carry their evidence, one edge per statement. Literal-valued facts and"
          + " claims stay in the RDF exports."
    })
final class ExportCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "trig",
      description = {
        "RDF: trig, nq, ttl, nt, jsonld or rdfxml; graph tools: graphml (Gephi, Cytoscape,"
            + " yEd, networkx), gexf (Gephi), dot (Graphviz) or cyjs (Cytoscape JSON)."
            + " Default: ${DEFAULT-VALUE}."
      })
  String format;

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      defaultValue = "en",
      description =
          "Language of node and edge labels in graph formats, English where a label is missing"
              + " (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @Mixin StoreOption store;

  @Override
  public Integer call() throws IOException {
    try (GraphStore graphStore = store.openExisting()) {
      emit(
          GraphFormat.isGraphFormat(format)
              ? graphWriter(graphStore, GraphFormat.named(format))
              : rdfWriter(graphStore, rdfFormat()));
    }
    return 0;
  }

  private Consumer<OutputStream> graphWriter(GraphStore graphStore, GraphFormat graphFormat) {
    PropertyGraph graph = Projection.of(graphStore.dataset(), main.config().iris(), language);
    return stream -> GraphWriter.write(graph, graphFormat, stream);
  }

  private static Consumer<OutputStream> rdfWriter(GraphStore graphStore, RdfFormat rdfFormat) {
    return stream ->
        Txn.executeRead(
            graphStore.dataset(), () -> RdfOutput.write(graphStore.dataset(), rdfFormat, stream));
  }

  private void emit(Consumer<OutputStream> writer) throws IOException {
    if (out == null) {
      writer.accept(main.out());
      main.out().flush();
    } else {
      OutputFiles.write(out, writer);
    }
  }

  private RdfFormat rdfFormat() {
    try {
      return RdfFormat.named(format);
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "unknown export format '"
              + format
              + "': expected an RDF format ("
              + RdfFormat.names()
              + ") or a graph format ("
              + GraphFormat.names()
              + ")");
    }
  }
}
