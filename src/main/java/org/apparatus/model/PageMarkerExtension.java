package org.apparatus.model;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark extension for page markers: {@code [[page 12]]} in running text marks where print page 12 begins.
 * The marker carries no words of its own.
 */
public final class PageMarkerExtension implements Parser.ParserExtension {

    private static final Pattern MARKER = Pattern.compile("\\[\\[page ([1-9]\\d{0,4})]]");

    private PageMarkerExtension() {
    }

    public static PageMarkerExtension create() {
        return new PageMarkerExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    private static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new Inline();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class Inline implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser inlineParser) {
            // nothing to resolve
        }

        @Override
        public void finalizeBlock(InlineParser inlineParser) {
            // nothing to resolve
        }

        @Override
        public boolean parse(LightInlineParser inlineParser) {
            BasedSequence input = inlineParser.getInput();
            int at = inlineParser.getIndex();
            Matcher m = MARKER.matcher(input);
            m.region(at, input.length());
            if (!m.lookingAt()) {
                return false;
            }
            inlineParser.flushTextNode();
            inlineParser.getBlock().appendChild(
                    new PageMarker(input.subSequence(at, m.end()), Integer.parseInt(m.group(1))));
            inlineParser.setIndex(m.end());
            return true;
        }
    }
}
