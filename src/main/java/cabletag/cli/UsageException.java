package cabletag.cli;

/** Bad use of a command: shown as one line on standard error, exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
