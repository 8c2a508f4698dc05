package org.newsgraph.export;

import java.io.OutputStream;

/** Writes a {@link PropertyGraph} in one of the {@link GraphFormat}s, as UTF-8. */
public final class GraphWriter {
  private GraphWriter() {}

  public static void write(PropertyGraph graph, GraphFormat format, OutputStream out) {
    switch (format) {
      case GRAPHML -> GraphMlWriter.write(graph, out);
      case GEXF -> GexfWriter.write(graph, out);
      case DOT -> DotWriter.write(graph, out);
      case CYJS -> CytoscapeJsonWriter.write(graph, out);
    }
  }
}
