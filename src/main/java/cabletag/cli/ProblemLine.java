package cabletag.cli;

import cabletag.core.ShownName;
import java.io.PrintStream;

/**
 * Where every command prints a problem, a finding or a note: one line each, whatever it quotes. A problem's
 * message may hold text of the input (an entity over a line break, an escape sequence in a tag, a U+2028) or a
 * name from the system (a path in an I/O error); printed raw, one problem would read as two lines, or recolour
 * the terminal. Escaped as names are ({@link ShownName}: {@code \n}, {@code \u001B}), it stays the one line
 * that {@code file:line:column} tools and {@code grep} expect. Lines already escaped pass unchanged.
 */
final class ProblemLine {

    private ProblemLine() {
    }

    static void print(PrintStream to, String line) {
        to.println(ShownName.of(line));
    }

    static void printAll(PrintStream to, Iterable<String> lines) {
        for (String line : lines) {
            print(to, line);
        }
    }

    /**
     * What reading said, after the output of a command that reads the corpus whole ({@code stats}, {@code report}):
     * its problems, the annotations it dropped (they make the exit 1, so they are named), then the notes of the
     * corrections put back after a file changed or moved, which are no problems.
     */
    static void printReading(PrintStream to, InputCorpus corpus) {
        printAll(to, corpus.problems());
        printAll(to, corpus.lostAnnotations());
        printAll(to, corpus.correctionNotes());
    }
}
