package org.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats graph tools read that newsgraph writes a {@link PropertyGraph} in. */
public enum GraphFormat {
  /** GraphML, for Gephi, Cytoscape, yEd, networkx, igraph. */
  GRAPHML("graphml", "application/graphml+xml"),
  /** GEXF 1.2, Gephi's own format; networkx reads it too. */
  GEXF("gexf", "application/gexf+xml"),
  /** Graphviz DOT, for dot, neato and the rest of Graphviz. */
  DOT("dot", "text/vnd.graphviz"),
  /** Cytoscape JSON ({@code elements} with nodes and edges), for Cytoscape and Cytoscape.js. */
  CYJS("cyjs", "application/json");

  private final String shortName;
  private final String mediaType;

  GraphFormat(String shortName, String mediaType) {
    this.shortName = shortName;
    this.mediaType = mediaType;
  }

  public String shortName() {
    return shortName;
  }

  public String mediaType() {
    return mediaType;
  }

  /** True when {@code name} names one of these formats. */
  public static boolean isGraphFormat(String name) {
    return Arrays.stream(values()).anyMatch(f -> f.shortName.equals(name.toLowerCase(Locale.ROOT)));
  }

  /** The format called {@code name}; the error lists the names accepted. */
  public static GraphFormat named(String name) {
    return Arrays.stream(values())
        .filter(f -> f.shortName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new ExportException(
                    "unknown graph format '" + name + "': expected one of " + names()));
  }

  public static String names() {
    return Arrays.stream(values()).map(GraphFormat::shortName).collect(Collectors.joining(", "));
  }
}
