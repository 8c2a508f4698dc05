package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape JSON: {@code {"data": …, "directed": true, "multigraph": true, "elements": {"nodes":
 * [{"data": {…}}], "edges": [{"data": {…}}]}}}, as Cytoscape desktop imports and Cytoscape.js
 * takes. Node data: id (and value, the same, which networkx's reader keys nodes by), name, label,
 * kind, mentions; edge data: id (and key, the same, which tells networkx's reader parallel edges
 * apart), source, target, interaction, predicate, evidence, confidence, article.
 */
final class CytoscapeJsonWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private CytoscapeJsonWriter() {}

  static void write(PropertyGraph graph, OutputStream out) {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeObjectFieldStart("data");
      json.writeStringField("name", "newsgraph");
      json.writeEndObject();
      json.writeBooleanField("directed", true);
      json.writeBooleanField("multigraph", true);
      json.writeObjectFieldStart("elements");
      json.writeArrayFieldStart("nodes");
      for (PropertyGraph.Node node : graph.nodes()) {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", node.id());
        json.writeStringField("value", node.id());
        json.writeStringField("name", node.label());
        json.writeStringField("label", node.label());
        json.writeStringField("kind", node.kind());
        json.writeNumberField("mentions", node.mentions());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("edges");
      for (PropertyGraph.Edge edge : graph.edges()) {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", edge.id());
        json.writeStringField("key", edge.id());
        json.writeStringField("source", edge.source());
        json.writeStringField("target", edge.target());
        json.writeStringField("interaction", edge.label());
        json.writeStringField("predicate", edge.predicate());
        json.writeStringField("evidence", edge.evidence());
        json.writeNumberField("confidence", edge.confidence());
        json.writeStringField("article", edge.article());
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new ExportException("cannot write Cytoscape JSON: " + e.getMessage(), e);
    }
  }
}
