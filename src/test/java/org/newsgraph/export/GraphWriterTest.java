package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphWriterTest {
  /** Text that breaks naive writers: quotes, backslash, markup, a line break, a control char. */
  private static final String NASTY = "\"शून्य\" <एक> & 'x' \\ y\nz\u0001";

  private static final PropertyGraph GRAPH =
      new PropertyGraph(
          List.of(
              new PropertyGraph.Node("https://e.org/a", NASTY, "Startup", 3),
              new PropertyGraph.Node("https://e.org/b", "B", "", 0)),
          List.of(
              new PropertyGraph.Edge(
                  "https://e.org/st/1",
                  "https://e.org/a",
                  "https://e.org/b",
                  "https://e.org/ns#ceo",
                  "CEO",
                  NASTY,
                  0.85,
                  "https://e.org/article/1")));

  private static byte[] write(GraphFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GraphWriter.write(GRAPH, format, out);
    return out.toByteArray();
  }

  private static Document xml(GraphFormat format) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(write(format)));
  }

  @Test
  void graphMlIsWellFormedAndKeepsEveryValue() throws Exception {
    Document doc = xml(GraphFormat.GRAPHML);
    assertThat(doc.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://graphml.graphdrawing.org/xmlns");
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(2);
    NodeList edges = doc.getElementsByTagName("edge");
    assertThat(edges.getLength()).isEqualTo(1);
    Element edge = (Element) edges.item(0);
    assertThat(edge.getAttribute("source")).isEqualTo("https://e.org/a");
    assertThat(data(edge, "e-evidence")).isEqualTo(NASTY.replace('\u0001', '\uFFFD'));
    assertThat(data(edge, "e-confidence")).isEqualTo("0.85");
  }

  @Test
  void gexfIsWellFormedWithWeightsAndAttributes() throws Exception {
    Document doc = xml(GraphFormat.GEXF);
    Element node = (Element) doc.getElementsByTagName("node").item(0);
    // Attribute values cannot keep a line break: GEXF gets a space instead.
    assertThat(node.getAttribute("label"))
        .isEqualTo(NASTY.replace('\u0001', '\uFFFD').replace('\n', ' '));
    Element edge = (Element) doc.getElementsByTagName("edge").item(0);
    assertThat(edge.getAttribute("weight")).isEqualTo("0.85");
    assertThat(edge.getAttribute("label")).isEqualTo("CEO");
    assertThat(doc.getElementsByTagName("attvalue").getLength()).isEqualTo(2 * 2 + 3);
  }

  @Test
  void dotQuotesEveryStringSoThatNothingEscapes() {
    String dot = new String(write(GraphFormat.DOT), StandardCharsets.UTF_8);
    assertThat(dot).startsWith("digraph newsgraph {").endsWith("}\n");
    assertThat(dot)
        .contains("\"https://e.org/a\" -> \"https://e.org/b\"")
        .contains("evidence=\"\\\"शून्य\\\" <एक> & 'x' \\\\ y\\nz\u0001\"")
        .contains("label=\"B\", kind=\"\", mentions=0");
    assertThat(DotWriter.quote("a\"b\\c\r\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
  }

  @Test
  void cytoscapeJsonHasElementsWithData() throws Exception {
    JsonNode json = new ObjectMapper().readTree(write(GraphFormat.CYJS));
    assertThat(json.get("directed").asBoolean()).isTrue();
    JsonNode node = json.at("/elements/nodes/0/data");
    assertThat(node.get("id").asText()).isEqualTo("https://e.org/a");
    assertThat(node.get("name").asText()).isEqualTo(NASTY);
    assertThat(node.get("mentions").asLong()).isEqualTo(3);
    JsonNode edge = json.at("/elements/edges/0/data");
    assertThat(edge.get("interaction").asText()).isEqualTo("CEO");
    assertThat(edge.get("confidence").asDouble()).isEqualTo(0.85);
    assertThat(edge.get("evidence").asText()).isEqualTo(NASTY);
  }

  @Test
  void anUnknownFormatNameListsTheChoices() {
    assertThat(GraphFormat.named("GraphML")).isEqualTo(GraphFormat.GRAPHML);
    assertThatThrownBy(() -> GraphFormat.named("svg"))
        .isInstanceOf(ExportException.class)
        .hasMessage("unknown graph format 'svg': expected one of graphml, gexf, dot, cyjs");
  }

  private static String data(Element parent, String key) {
    NodeList data = parent.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals(key)) {
        return d.getTextContent();
      }
    }
    throw new AssertionError("no data " + key);
  }
}
