package cabletag.ui;

import cabletag.core.text.TextSearch;
import cabletag.workspace.CableEntry;
import cabletag.workspace.ReviewStatus;

/**
 * Which rows the corpus list shows: the name, origin and classification hold the given texts (ignoring
 * case, as the find bar does), the review status is the given one, and the day the cable was created lies
 * between {@code from} and {@code to}. Both bounds are days or their beginnings ({@code 2005},
 * {@code 2005-07}, {@code 2005-07-19}) and both count: 2005 to 2006 keeps every day of both years. An empty
 * text, a null status and an empty bound do not filter. Cables not read yet have no header yet: a header
 * filter leaves them out until the background reader reaches them.
 *
 * <p>Plain Java over the list's small records, so 250,000 rows are filtered without the toolkit and the
 * rule is tested without it.
 */
record CorpusFilter(String name, ReviewStatus status, String origin, String classification, String from, String to) {

    static final CorpusFilter NONE = new CorpusFilter("", null, "", "", "", "");

    CorpusFilter {
        name = clean(name);
        origin = clean(origin);
        classification = clean(classification);
        from = clean(from);
        to = clean(to);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    boolean filtersHeader() {
        return !origin.isEmpty() || !classification.isEmpty() || !from.isEmpty() || !to.isEmpty();
    }

    boolean test(CableEntry entry) {
        if (status != null && entry.status() != status) {
            return false;
        }
        if (!name.isEmpty() && !TextSearch.contains(entry.name(), name, true)) {
            return false;
        }
        if (!origin.isEmpty() && !TextSearch.contains(entry.header().origin(), origin, true)) {
            return false;
        }
        if (!classification.isEmpty() && !TextSearch.contains(entry.header().classification(), classification, true)) {
            return false;
        }
        return withinDays(entry.header().created());
    }

    /**
     * A day (or a year alone) against the bounds, compared over as many characters as the bound has:
     * {@code 2005-07-19} is on or after {@code 2005} and on or before {@code 2005-07}.
     */
    private boolean withinDays(String day) {
        if (from.isEmpty() && to.isEmpty()) {
            return true;
        }
        if (day.isEmpty()) {
            return false;
        }
        if (!from.isEmpty() && prefix(day, from).compareTo(prefix(from, day)) < 0) {
            return false;
        }
        return to.isEmpty() || prefix(day, to).compareTo(prefix(to, day)) <= 0;
    }

    /** {@code text} cut to the length of {@code other}, so a year and a day compare on the year. */
    private static String prefix(String text, String other) {
        return text.length() > other.length() ? text.substring(0, other.length()) : text;
    }
}
