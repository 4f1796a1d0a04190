package io.keyplan.analyse;

import io.keyplan.model.Account;
import io.keyplan.model.Band;
import io.keyplan.model.Portal;
import io.keyplan.model.SectionId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Completeness of a plan (spec 6.1): the sixteen sections and their mean. */
public record Completeness(List<SectionCompleteness> sections) {

    public Completeness {
        sections = List.copyOf(sections);
    }

    public static Completeness of(Account account, Portal portal, LocalDate buildDate) {
        Map<SectionId, Band> self = account.plan().completeness();
        List<SectionCompleteness> out = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            out.add(new SectionCompleteness(
                    id, Checklists.of(id, account, portal, buildDate), self == null ? null : self.get(id)));
        }
        return new Completeness(out);
    }

    /**
     * Completeness with each section's checklist asked of the account {@code partOf} gives for it:
     * for a plan read section by section (the git history parses only the sections a commit
     * changed). A checklist reads only its own section's values and narrative, so this is {@link
     * #of} when every part holds its section as the whole plan does. No self-assessed bands.
     */
    public static Completeness ofParts(Function<SectionId, Account> partOf, Portal portal, LocalDate buildDate) {
        List<SectionCompleteness> out = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            out.add(new SectionCompleteness(id, Checklists.of(id, partOf.apply(id), portal, buildDate), null));
        }
        return new Completeness(out);
    }

    /** One section's completeness, without a self-assessed band: what {@link #ofParts} makes of each part. */
    public static SectionCompleteness section(SectionId id, Account account, Portal portal, LocalDate buildDate) {
        return new SectionCompleteness(id, Checklists.of(id, account, portal, buildDate), null);
    }

    /**
     * Whether a section's checks read the build date or the portal's fiscal year. The others depend
     * on the section's values and on whether it has a narrative alone: a reader of many versions of a
     * plan (the git history) may reuse their result for every version with the same values.
     */
    public static boolean readsDate(SectionId id) {
        return Checklists.readsDate(id);
    }

    /** Plan completeness: the mean of the sixteen section percentages, unrounded. */
    public double percent() {
        return sections.stream()
                .mapToDouble(SectionCompleteness::percent)
                .average()
                .orElse(0.0);
    }

    /**
     * The plan percentage as people see it, rounded to one decimal. Thresholds (health) compare
     * this figure, so that a plan shown as "60.0 %" never counts as below 60 %.
     */
    public double shownPercent() {
        return Figures.round(percent(), 1);
    }

    public Band band() {
        return Band.of(percent());
    }

    public SectionCompleteness section(SectionId id) {
        return sections.get(id.ordinal());
    }

    /** The sections whose self-assessed band is two or more bands away from the computed one. */
    public List<SectionCompleteness> mismatches() {
        return sections.stream()
                .filter(SectionCompleteness::moreThanOneBandAway)
                .toList();
    }
}
