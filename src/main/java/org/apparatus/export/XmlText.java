package org.apparatus.export;

import java.io.Writer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Every XML file the site holds (the TEI exports, the sitemap), written by the JDK's StAX writer, which escapes text
 * and attributes; this adds the files' line breaks and indentation, two spaces a level, and leaves out the characters
 * XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE, U+FFFF), which no escape can carry. In
 * an attribute, tabs and line breaks are written as the spaces a reader would make of them.
 */
public final class XmlText implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String INDENT = "  ";

    private final XMLStreamWriter xml;

    /** Starts a document, UTF-8, XML 1.0, on {@code out}. */
    public XmlText(Writer out) {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the StAX writer does, its failure unchecked: it only fails when the writer below it does. */
    @FunctionalInterface
    private interface Step {
        void on(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlText run(Step step) {
        try {
            step.on(xml);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A line break, then the indentation of {@code depth} levels. */
    public XmlText line(int depth) {
        return run(x -> x.writeCharacters("\n" + INDENT.repeat(depth)));
    }

    /**
     * Opens an element with these attributes (name, value, name, value...; {@code xml:id} and {@code xml:lang} in the
     * XML namespace).
     */
    public XmlText start(String name, String... attributes) {
        run(x -> x.writeStartElement(name));
        return attributes(attributes);
    }

    /** An element with no content, with these attributes. */
    public XmlText empty(String name, String... attributes) {
        run(x -> x.writeEmptyElement(name));
        return attributes(attributes);
    }

    /** The document's default namespace, on the element just opened. */
    public XmlText namespace(String uri) {
        return run(x -> x.writeDefaultNamespace(uri));
    }

    /** Closes the innermost open element. */
    public XmlText end() {
        return run(XMLStreamWriter::writeEndElement);
    }

    /** Text, escaped. */
    public XmlText text(String text) {
        return run(x -> x.writeCharacters(allowed(text, false)));
    }

    /** An element holding only text: {@code <name ...>text</name>}. */
    public XmlText element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    /** Attributes (name, value, name, value...) of the element just opened. */
    public XmlText attributes(String... attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = allowed(attributes[i + 1], true);
            if (name.startsWith("xml:")) {
                run(x -> x.writeAttribute("xml", XMLConstants.XML_NS_URI, name.substring(4), value));
            } else {
                run(x -> x.writeAttribute(name, value));
            }
        }
        return this;
    }

    /** The text without the characters XML 1.0 forbids; in an attribute, tabs and line breaks as spaces. */
    static String allowed(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                return filtered(text, attribute);
            }
        }
        return text; // nearly always
    }

    private static String filtered(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                out.append(attribute ? ' ' : c);
            } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Ends the document with a line break and flushes it to the output, which stays open. */
    @Override
    public void close() {
        run(x -> {
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        });
    }
}
