package cabletag;

/**
 * The one line a user reads when the window cannot open. JavaFX reports a missing display, a missing native
 * library or a failed {@code start} as an exception with its stack trace, and the launcher would print it
 * whole; the commands need no window, so the line says so.
 */
final class WindowStartFailure {

    private WindowStartFailure() {
    }

    static String line(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage().strip().lines().findFirst().orElse("");
        String hint = reason.contains("DISPLAY")
                ? " (no display: set DISPLAY, or run a command, which needs none: cabletag --help)"
                : " (the commands need no window: cabletag --help)";
        return "cabletag: the window could not open: " + reason + hint;
    }
}
