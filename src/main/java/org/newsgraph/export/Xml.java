package org.newsgraph.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The JDK's streaming XML writer, opened and closed the same way for every XML format. */
final class Xml {
  private Xml() {}

  static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
    XMLStreamWriter xml =
        XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    xml.writeCharacters("\n");
    return xml;
  }

  /** {@code text} with the chars XML 1.0 cannot hold (most C0 controls) replaced by U+FFFD. */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
      out.append(allowed ? c : '\uFFFD');
    }
    return out.toString();
  }

  /**
   * {@code text} for an attribute value: as {@link #text}, with line breaks and tabs as spaces,
   * because XML parsers turn them into spaces anyway when they read an attribute.
   */
  static String attribute(String text) {
    return text(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  static void close(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }
}
