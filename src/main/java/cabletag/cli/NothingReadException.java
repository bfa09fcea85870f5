package cabletag.cli;

import java.util.List;

/**
 * An input named on the command line gave no document. The command stops before anything is written
 * (an earlier output stays as it was) and exits 1, printing the reading problems met so far and then
 * one line per input that gave nothing.
 */
final class NothingReadException extends RuntimeException {

    private final List<String> problems;
    private final List<String> reasons;

    NothingReadException(List<String> problems, List<String> reasons) {
        super(String.join("; ", reasons));
        this.problems = List.copyOf(problems);
        this.reasons = List.copyOf(reasons);
    }

    /** The lines to print: the problems that explain it, then the inputs that gave nothing. */
    List<String> lines() {
        List<String> lines = new java.util.ArrayList<>(problems);
        lines.addAll(reasons);
        return lines;
    }
}
