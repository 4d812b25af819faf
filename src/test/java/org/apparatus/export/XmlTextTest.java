package org.apparatus.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    private static String document(java.util.function.Consumer<XmlText> body) {
        StringWriter out = new StringWriter();
        try (XmlText xml = new XmlText(out)) {
            body.accept(xml);
        }
        return out.toString();
    }

    @Test
    void textAndAttributesAreEscapedByTheWriter() {
        assertThat(document(xml -> xml.line(0).start("TEI").namespace("http://www.tei-c.org/ns/1.0")
                .attributes("xml:lang", "en")
                .line(1).element("p", "a < b & c > \"d\" 'e'", "n", "1\"<&>", "xml:id", "p-1")
                .line(1).empty("pb", "n", "2")
                .line(0).end()))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n"
                        + "  <p n=\"1&quot;&lt;&amp;&gt;\" xml:id=\"p-1\">a &lt; b &amp; c &gt; \"d\" 'e'</p>\n"
                        + "  <pb n=\"2\"/>\n"
                        + "</TEI>\n");
    }

    @Test
    void charactersXmlForbidsAreLeftOutAndAttributesGetSpacesForLineBreaks() {
        assertThat(document(xml -> xml.line(0).element("p", "a\u0000b\u0001c\td\ne\uFFFEf\uFFFF", "rend", "x\ty\nz")))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<p rend=\"x y z\">abc\td\nef</p>\n");
    }

    @Test
    void anEmptyElementWithContentExpectedIsOpenedAndClosed() {
        assertThat(document(xml -> xml.line(0).element("title", "")))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<title></title>\n");
    }
}
