package cabletag.cli;

import java.util.List;
import java.util.Optional;

/**
 * Tells a misspelled command ({@code exprot}) from a file to open in the window. Without this, an
 * unknown first argument would start the window with a file that does not exist.
 */
public final class CommandNames {

    /** The commands a word is compared with; options and help are matched exactly, never guessed. */
    static final List<String> COMMANDS = List.of("export", "check", "stats", "report", "suggest", "help");

    /** Two edits (a swapped pair counts as one) cover the usual slips; "stat" and "chek" included. */
    private static final int MAX_DISTANCE = 2;

    private CommandNames() {
    }

    /** The command the word most likely meant, when it is within two edits of one. */
    public static Optional<String> closestTo(String word) {
        if (word == null || word.isEmpty() || word.startsWith("-")) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String command : COMMANDS) {
            int distance = distance(lower, command);
            if (distance < bestDistance) {
                best = command;
                bestDistance = distance;
            }
        }
        return bestDistance <= MAX_DISTANCE && bestDistance < best.length() ? Optional.of(best) : Optional.empty();
    }

    /** The one line for a misspelled command. */
    public static String misspelled(String word, String meant) {
        return "cabletag: '" + word + "' is not a command; did you mean '" + meant + "'? (see cabletag --help)";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
