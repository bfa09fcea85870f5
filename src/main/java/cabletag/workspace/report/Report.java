package cabletag.workspace.report;

import cabletag.core.score.EntityScore;
import cabletag.core.text.Counted;
import java.util.ArrayList;
import java.util.List;

/**
 * A report on a corpus: what it covered (stated in every output), the overall figures and its
 * sections. Immutable; {@link #with} gives a report with one more section (how another part of the
 * program adds its own evidence).
 *
 * @param title    the heading
 * @param scope    which cables were scored
 * @param scored   how many cables were scored
 * @param cables   how many cables the corpus has
 * @param overall  the micro-averaged exact-match score over the scored cables
 * @param sections the sections, in order
 */
public record Report(String title, ReportScope scope, long scored, long cables, EntityScore overall, List<ReportSection> sections) {

    public Report {
        sections = List.copyOf(sections);
    }

    /** The scope as one line: {@code Scope: reviewed cables only (1 of 2 cables scored)}. */
    public String scopeLine() {
        String line = "Scope: " + scope.description() + " (" + scored + " of " + Counted.of(cables, "cable", "cables")
                + " scored)";
        if (scope == ReportScope.REVIEWED && scored == 0) {
            line += "; no cable is marked reviewed yet, so there is nothing to score";
        }
        return line;
    }

    /** This report with {@code section} added at the end. */
    public Report with(ReportSection section) {
        List<ReportSection> more = new ArrayList<>(sections);
        more.add(section);
        return new Report(title, scope, scored, cables, overall, more);
    }

    /** The section with this id. */
    public ReportSection section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + id));
    }
}
