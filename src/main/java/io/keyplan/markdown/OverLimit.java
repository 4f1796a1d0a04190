package io.keyplan.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A text over the limits of {@link MarkdownScan} as one paragraph of plain text, never given to
 * flexmark's parser. Validation stops such a text before a build; this is the renderer's own
 * guard for text that did not come through validation.
 */
public final class OverLimit {
    private OverLimit() {}

    public static Document document(String markdown, DataHolder options) {
        BasedSequence chars = BasedSequence.of(markdown);
        Document doc = new Document(options, chars);
        Paragraph p = new Paragraph(chars);
        p.appendChild(new Text(chars));
        doc.appendChild(p);
        return doc;
    }
}
