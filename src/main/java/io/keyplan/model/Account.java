package io.keyplan.model;

import java.util.List;
import java.util.Map;

/**
 * One account folder: its plan, section narratives, notes and attachments.
 * {@code slug} is the folder name and the account's address ({@code accounts/<slug>/}).
 */
public record Account(
        String slug,
        AccountPlan plan,
        Map<SectionId, Narrative> narratives,
        List<Note> notes,
        List<Attachment> attachments,
        SourceSpan source) {

    public Account {
        narratives = Map.copyOf(narratives);
        notes = List.copyOf(notes);
        attachments = List.copyOf(attachments);
    }

    public Narrative narrative(SectionId id) {
        return narratives.get(id);
    }

    /** True when the section has a non-blank narrative file ("or {@code <id>.md}" in spec 6.1). */
    public boolean hasNarrative(SectionId id) {
        Narrative n = narratives.get(id);
        return n != null && !n.isBlank();
    }
}
