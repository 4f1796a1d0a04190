package io.keyplan.profile;

import io.keyplan.model.Origin;
import io.keyplan.model.RecordWalker;
import io.keyplan.model.SourceSpan;

/**
 * Rewrites every text in a tree of model records (strings, lists and maps of them, map keys
 * too), telling the rewrite where each text is written in the user's file: the position of its
 * YAML value, from the record's {@link Origin}. Positions stay as they were.
 */
final class RecordTexts {
    /** What happens to one text. {@code person}: the text names one of our own people (an owner, a team member). */
    interface Rewrite {
        String text(String value, SourceSpan at, boolean person);
    }

    private final Rewrite rewrite;

    RecordTexts(Rewrite rewrite) {
        this.rewrite = rewrite;
    }

    /** A copy with every text rewritten; a person's e-mail address is dropped (spec 7: none is published). */
    <T> T record(T value) {
        return RecordWalker.rewrite(value, SourceSpan.file(""), (v, at) -> {
            if (!(v instanceof String s)) {
                return v;
            }
            if (at.record() instanceof io.keyplan.model.Person
                    && !at.isMapKey()
                    && at.field().component().getName().equals("email")) {
                return null;
            }
            return rewrite.text(s, span(at), isPerson(at));
        });
    }

    /**
     * The position of the text's value; below a map, the entry's own
     * ({@code departments.Maintenance.Sensors}) as far as the loader kept it.
     */
    private static SourceSpan span(RecordWalker.At at) {
        Origin origin = at.origin();
        if (origin == null || origin == Origin.NONE || at.mapKeys().isEmpty()) {
            return at.span();
        }
        String key = at.key();
        for (Object k : at.mapKeys()) {
            String entryKey = key + "." + k;
            if (origin.has(entryKey)) {
                key = entryKey;
            }
        }
        return origin.of(key);
    }

    /** Fields that hold the name of one of our own people, not free text. */
    private static boolean isPerson(RecordWalker.At at) {
        Record r = at.record();
        String component = r == null ? null : at.field().component().getName();
        return r instanceof io.keyplan.model.Person
                || r instanceof io.keyplan.model.TeamMember && component.equals("name")
                || r instanceof io.keyplan.model.Action && component.equals("owner");
    }
}
