package cabletag.workspace;

/**
 * One place a corpus-wide plan is asked to change, found by a caller's own index (the consistency view):
 * a cable and a range of its current text, UTF-16, end exclusive.
 */
public record OccurrenceTarget(int cable, int start, int end) {
}
