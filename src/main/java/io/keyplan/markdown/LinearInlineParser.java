package io.keyplan.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, minus one quadratic step: its {@code match} asks the JDK 17
 * {@link Matcher} for a {@code toMatchResult()}, which copies the whole paragraph into a new
 * string on every token ({@code [}, {@code `}, {@code (}, a space after a link...). A
 * paragraph of 100,000 such tokens then copies 10^10 characters. Reading the positions straight
 * from the matcher gives the same result without the copy.
 *
 * <p>Link titles and inline HTML are matched by {@link StackSafeMatch}, with the same result as
 * flexmark's patterns: the JDK matches those patterns by recursion, one call per character or
 * attribute, and a long title or comment overflowed the stack.
 */
public final class LinearInlineParser extends InlineParserImpl {
    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /**
     * Makes {@code builder} parse with this inline parser. flexmark drops its core paragraph
     * pre-processor (the one that reads link reference definitions, {@code [p]: url}) as soon as
     * any custom inline parser is set, so it is put back here.
     */
    public static Parser.Builder install(Parser.Builder builder) {
        return builder.customInlineParserFactory(FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    private LinearInlineParser(
            DataHolder options,
            BitSet specialCharacters,
            BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (re == myParsing.LINK_TITLE || re == myParsing.HTML_TAG) {
            int end = re == myParsing.LINK_TITLE
                    ? StackSafeMatch.linkTitleEnd(input, index)
                    : StackSafeMatch.htmlTagEnd(input, index, re);
            if (end < 0) {
                return null;
            }
            BasedSequence matched = input.subSequence(index, end);
            index = end;
            return matched;
        }
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    /** Same as flexmark's: a match from the current index on moves the index past it. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }
}
