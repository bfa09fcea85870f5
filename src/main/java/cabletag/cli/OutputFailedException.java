package cabletag.cli;

/**
 * An output could not be written: standard output failed (a full disk, a closed pipe) or an export's
 * file could not be written (a full disk). Not bad use: shown as one line on standard error, after the
 * command's name, exit code 1. The command stops there, with no summary that would claim a result.
 */
final class OutputFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputFailedException(String line) {
        super(line);
    }
}
