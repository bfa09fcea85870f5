package cabletag.cli;

import cabletag.workspace.UnreadableStoreException;

/**
 * The corrections store is there but cannot be read. A command that applies the corrections stops before it
 * reads or writes anything and exits 1 with one line: exporting or counting the cables as if nothing were
 * stored would drop the analyst's corrections without a word. With {@code --no-corrections} the store is not
 * opened at all, so this cannot happen.
 */
final class CorrectionsUnreadableException extends RuntimeException {

    CorrectionsUnreadableException(UnreadableStoreException cause) {
        super(cause.getMessage(), cause);
    }

    /** The line to print for {@code command}: what is wrong, that nothing was done, and the way round it. */
    String line(String command) {
        return switch (command) {
            case "export" -> getMessage() + "; nothing exported (--no-corrections exports the files as they are)";
            case "stats" -> getMessage() + "; nothing counted (--no-corrections counts the files as they are)";
            case "check" -> getMessage() + "; nothing checked (--no-corrections checks the files as they are)";
            case "suggest" -> getMessage() + "; nothing suggested (--no-corrections suggests on the files as they are)";
            case "report" -> getMessage() + "; nothing reported: the report scores the tags against these corrections";
            default -> getMessage();
        };
    }
}
