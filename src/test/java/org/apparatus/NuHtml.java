package org.apparatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.SAXException;

import nu.validator.client.EmbeddedValidator;

/**
 * The Nu Html Checker (the W3C's validator), run in this JVM on built pages: every error it reports, as
 * {@code page:line.col: message}. Warnings and information messages are not errors and are left out.
 */
public final class NuHtml {

    private NuHtml() {
    }

    /** The errors of every {@code .html} page under {@code site}; empty when all are valid. */
    public static List<String> errors(Path site) {
        List<String> errors = new ArrayList<>();
        List<String> pages = TestProject.files(site).stream().filter(f -> f.endsWith(".html")).toList();
        if (pages.isEmpty()) {
            throw new AssertionError("no page to validate under " + site);
        }
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        for (String page : pages) {
            errors.addAll(errors(validator, site, page));
        }
        return errors;
    }

    private static List<String> errors(EmbeddedValidator validator, Path site, String page) {
        try {
            String report = validator.validate(site.resolve(page));
            List<String> errors = new ArrayList<>();
            for (String line : report.split("\n")) {
                // GNU format: "file":1.2-1.5: error: message  (warnings say "info warning:", notes "info:")
                int at = line.indexOf(": error: ");
                int fatal = line.indexOf(": fatal: ");
                if (at >= 0 || fatal >= 0) {
                    String where = line.substring(0, at >= 0 ? at : fatal);
                    String position = where.substring(where.lastIndexOf(':') + 1);
                    errors.add(page + ":" + position + ": " + line.substring((at >= 0 ? at : fatal) + 2));
                }
            }
            return errors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            return List.of(page + ": not parsable: " + e.getMessage());
        }
    }
}
