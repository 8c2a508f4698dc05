package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.export.GraphFormat;
import org.newsgraph.export.GraphWriter;
import org.newsgraph.export.Projection;
import org.newsgraph.export.PropertyGraph;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.store.GraphStore;

/**
 * Graph tools read what {@code export} writes for them: networkx (GraphML, GEXF, Cytoscape JSON)
 * and Graphviz (DOT) must see exactly our nodes and edges, and the evidence on a known edge.
 * .ci/run installs python3-networkx and graphviz; a machine without them skips these tests saying
 * so.
 */
class GraphToolsIT {
  @TempDir static Path tmp;
  private static GraphStore store;
  private static PropertyGraph graph;

  @BeforeAll
  static void load() {
    store = TestFiles.loadedStore(tmp.resolve("store"));
    graph = Projection.of(store.dataset(), IriScheme.defaults(), "en");
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Path write(GraphFormat format) throws IOException {
    Path file = tmp.resolve("graph." + format.shortName());
    try (OutputStream out = Files.newOutputStream(file)) {
      GraphWriter.write(graph, format, out);
    }
    return file;
  }

  @ParameterizedTest(name = "networkx reads {0}")
  @CsvSource({
    "graphml,nx.read_graphml(path)",
    "gexf,nx.read_gexf(path)",
    "cyjs,nx.cytoscape_graph(json.load(open(path)))"
  })
  void networkxSeesTheSameNodesEdgesAndEvidence(String format, String reader) throws Exception {
    String python = Tools.pythonWith("networkx");
    assumeTrue(
        python != null,
        "no python3 with networkx (Debian package python3-networkx; .ci/run installs it)");
    PropertyGraph.Edge edge = graph.edges().get(0);
    Path file = write(GraphFormat.named(format));
    String script =
        "import sys, json, networkx as nx\n"
            + "path = sys.argv[1]\n"
            + "g = "
            + reader
            + "\n"
            + "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())\n"
            + "data = [d for u, v, d in g.edges(data=True) if u == sys.argv[2] and v == sys.argv[3]]\n"
            + "print(any(sys.argv[4] in (d.get('evidence'), d.get('e-evidence')) for d in data))\n";
    Tools.Result result =
        Tools.run(
            List.of(
                python,
                "-c",
                script,
                file.toString(),
                edge.source(),
                edge.target(),
                edge.evidence()));
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output().strip().lines().toList())
        .as(result.output())
        .containsExactly(graph.nodes().size() + " " + graph.edges().size() + " True", "True");
  }

  @Test
  void graphvizCountsTheSameNodesAndEdgesAndDrawsThem() throws Exception {
    assumeTrue(
        Tools.onPath("gc") && Tools.onPath("dot"),
        "Graphviz is not installed (Debian package graphviz; .ci/run installs it)");
    Path file = write(GraphFormat.DOT);
    Tools.Result count = Tools.run(List.of("gc", "-n", "-e", file.toString()));
    assertThat(count.exitCode()).as(count.output()).isZero();
    assertThat(count.output().strip().split("\\s+"))
        .as(count.output())
        .startsWith(Integer.toString(graph.nodes().size()), Integer.toString(graph.edges().size()));
    Path svg = tmp.resolve("graph.svg");
    Tools.Result draw = Tools.run(List.of("dot", "-Tsvg", file.toString(), "-o", svg.toString()));
    assertThat(draw.exitCode()).as(draw.output()).isZero();
    assertThat(Files.readString(svg)).contains("<svg").contains("01.AI");
  }
}
