package org.trollscope.io.write;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UTF-8 XML stream writer with one element per line, shared by the GEXF and GraphML writers. */
final class NetworkXml {
    final XMLStreamWriter xml;
    private final Writer writer;
    private int depth;

    NetworkXml(OutputStream out) throws XMLStreamException {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
        xml.writeStartDocument("UTF-8", "1.0");
    }

    void start(String name, String... attributes) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        attributes(attributes);
        depth++;
    }

    void empty(String name, String... attributes) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(name);
        attributes(attributes);
    }

    void text(String name, String text, String... attributes) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        attributes(attributes);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new XMLStreamException(e);
        }
    }

    private void attributes(String[] a) throws XMLStreamException {
        for (int i = 0; i < a.length; i += 2) {
            xml.writeAttribute(a[i], a[i + 1]);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
