package org.newsgraph.export;

import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2 (gexf.net), Gephi's format: a static directed graph whose edges weigh their confidence,
 * with node attributes kind and mentions and edge attributes predicate, evidence and article. GEXF
 * keeps every value in an XML attribute, where line breaks cannot survive: they are written as
 * spaces.
 */
final class GexfWriter {
  private static final String NS = "http://www.gexf.net/1.2draft";

  private GexfWriter() {}

  static void write(PropertyGraph graph, OutputStream out) {
    try {
      XMLStreamWriter xml = Xml.open(out);
      xml.writeStartElement("gexf");
      xml.writeDefaultNamespace(NS);
      xml.writeAttribute("version", "1.2");
      xml.writeStartElement("meta");
      xml.writeStartElement("creator");
      xml.writeCharacters("newsgraph");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeStartElement("graph");
      xml.writeAttribute("mode", "static");
      xml.writeAttribute("defaultedgetype", "directed");
      attributes(xml, "node", "kind", "string", "mentions", "long");
      attributes(xml, "edge", "predicate", "string", "evidence", "string", "article", "string");
      xml.writeStartElement("nodes");
      for (PropertyGraph.Node node : graph.nodes()) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("label", Xml.attribute(node.label()));
        values(xml, node.kind(), Long.toString(node.mentions()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeStartElement("edges");
      for (PropertyGraph.Edge edge : graph.edges()) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", edge.id());
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        xml.writeAttribute("label", Xml.attribute(edge.label()));
        xml.writeAttribute("weight", Double.toString(edge.confidence()));
        values(xml, edge.predicate(), edge.evidence(), edge.article());
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      Xml.close(xml);
    } catch (XMLStreamException e) {
      throw new ExportException("cannot write GEXF: " + e.getMessage(), e);
    }
  }

  /** Declares attributes 0, 1, … of one class from (title, type) pairs. */
  private static void attributes(XMLStreamWriter xml, String kind, String... titlesAndTypes)
      throws XMLStreamException {
    xml.writeStartElement("attributes");
    xml.writeAttribute("class", kind);
    for (int i = 0; i < titlesAndTypes.length; i += 2) {
      xml.writeEmptyElement("attribute");
      xml.writeAttribute("id", Integer.toString(i / 2));
      xml.writeAttribute("title", titlesAndTypes[i]);
      xml.writeAttribute("type", titlesAndTypes[i + 1]);
    }
    xml.writeEndElement();
  }

  /** The values of attributes 0, 1, … in order. */
  private static void values(XMLStreamWriter xml, String... values) throws XMLStreamException {
    xml.writeStartElement("attvalues");
    for (int i = 0; i < values.length; i++) {
      xml.writeEmptyElement("attvalue");
      xml.writeAttribute("for", Integer.toString(i));
      xml.writeAttribute("value", Xml.attribute(values[i]));
    }
    xml.writeEndElement();
  }
}
