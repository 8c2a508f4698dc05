package org.newsgraph.export;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Graphviz DOT: a digraph whose nodes are labelled with the entity's label and class and whose
 * edges are labelled with the fact property; the IRIs, mentions, evidence, confidence and article
 * travel as extra attributes, which Graphviz keeps and ignores when drawing.
 */
final class DotWriter {
  private DotWriter() {}

  static void write(PropertyGraph graph, OutputStream out) {
    PrintWriter dot = new PrintWriter(out, false, StandardCharsets.UTF_8);
    dot.println("digraph newsgraph {");
    dot.println("  graph [rankdir=LR, charset=\"UTF-8\"];");
    dot.println("  node [shape=box, style=rounded];");
    for (PropertyGraph.Node node : graph.nodes()) {
      String shown = node.kind().isEmpty() ? node.label() : node.label() + "\n" + node.kind();
      dot.println(
          "  "
              + quote(node.id())
              + " [label="
              + quote(shown)
              + ", kind="
              + quote(node.kind())
              + ", mentions="
              + node.mentions()
              + "];");
    }
    for (PropertyGraph.Edge edge : graph.edges()) {
      dot.println(
          "  "
              + quote(edge.source())
              + " -> "
              + quote(edge.target())
              + " [id="
              + quote(edge.id())
              + ", label="
              + quote(edge.label())
              + ", predicate="
              + quote(edge.predicate())
              + ", evidence="
              + quote(edge.evidence())
              + ", confidence="
              + edge.confidence()
              + ", article="
              + quote(edge.article())
              + "];");
    }
    dot.println("}");
    dot.flush();
    if (dot.checkError()) {
      throw new ExportException("cannot write DOT: the output stream failed");
    }
  }

  /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as {@code \n}. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> {}
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
