package io.keyplan.history;

import io.keyplan.model.SectionId;
import java.time.Instant;
import java.util.Set;

/**
 * One commit that touched an account's folder, as the account's history page lists it.
 *
 * @param id the abbreviated commit id
 * @param time the commit time (its date in UTC is the date shown)
 * @param author the author's name
 * @param subject the first line of the commit message
 * @param sections the sections whose values or narrative the commit changed (empty when it only
 *     reformatted, or touched notes or attachments)
 * @param completeness the plan's completeness in % (spec 6.1) right after the commit; null when the
 *     plan did not load at that commit (e.g. a YAML error that was fixed later)
 */
public record CommitEntry(
        String id, Instant time, String author, String subject, Set<SectionId> sections, Double completeness) {

    public CommitEntry {
        sections = Set.copyOf(sections);
    }
}
