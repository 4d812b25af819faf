package org.apparatus.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

/** TEI files checked the way a TEI user checks them: Jing against tei_all.rng (TEI P5 4.9.0), and parsed as DOM. */
public final class Tei {

    private static ValidationDriver driver;
    private static final List<String> ERRORS = new ArrayList<>();

    private Tei() {
    }

    /** Every error Jing reports for the document, as {@code line:column: message}; empty when it is valid. */
    public static synchronized List<String> errors(String xml) {
        try {
            if (driver == null) {
                PropertyMapBuilder properties = new PropertyMapBuilder();
                properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
                    @Override
                    public void warning(SAXParseException e) {
                        // warnings are not errors
                    }

                    @Override
                    public void error(SAXParseException e) {
                        ERRORS.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                    }

                    @Override
                    public void fatalError(SAXParseException e) {
                        error(e);
                    }
                });
                driver = new ValidationDriver(properties.toPropertyMap());
                String schema = Tei.class.getResource("/tei/tei_all.rng").toExternalForm();
                if (!driver.loadSchema(new InputSource(schema))) {
                    throw new IllegalStateException("tei_all.rng did not load: " + ERRORS);
                }
            }
            ERRORS.clear();
            boolean valid = driver.validate(new InputSource(new StringReader(xml)));
            List<String> errors = new ArrayList<>(ERRORS);
            if (!valid && errors.isEmpty()) {
                errors.add("invalid, without a message");
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            return List.of("not XML: " + e.getMessage());
        }
    }

    /** The document as a namespace-aware DOM. */
    public static Document dom(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
