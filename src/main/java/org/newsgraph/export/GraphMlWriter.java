package org.newsgraph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (graphml.graphdrawing.org): one directed graph, node attributes label, kind, mentions and
 * iri; edge attributes label, predicate, evidence, confidence and article, each declared with its
 * type so that tools read numbers as numbers.
 */
final class GraphMlWriter {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphMlWriter() {}

  static void write(PropertyGraph graph, OutputStream out) {
    try {
      XMLStreamWriter xml = Xml.open(out);
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(NS);
      key(xml, "n-label", "node", "label", "string");
      key(xml, "n-kind", "node", "kind", "string");
      key(xml, "n-mentions", "node", "mentions", "long");
      key(xml, "e-label", "edge", "label", "string");
      key(xml, "e-predicate", "edge", "predicate", "string");
      key(xml, "e-evidence", "edge", "evidence", "string");
      key(xml, "e-confidence", "edge", "confidence", "double");
      key(xml, "e-article", "edge", "article", "string");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "newsgraph");
      xml.writeAttribute("edgedefault", "directed");
      for (PropertyGraph.Node node : graph.nodes()) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        data(xml, "n-label", node.label());
        data(xml, "n-kind", node.kind());
        data(xml, "n-mentions", Long.toString(node.mentions()));
        xml.writeEndElement();
      }
      for (PropertyGraph.Edge edge : graph.edges()) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", edge.id());
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        data(xml, "e-label", edge.label());
        data(xml, "e-predicate", edge.predicate());
        data(xml, "e-evidence", edge.evidence());
        data(xml, "e-confidence", Double.toString(edge.confidence()));
        data(xml, "e-article", edge.article());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      Xml.close(xml);
    } catch (XMLStreamException e) {
      throw new ExportException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  private static void key(XMLStreamWriter xml, String id, String on, String name, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", on);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String key, String value)
      throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(Xml.text(value));
    xml.writeEndElement();
  }
}
