package cabletag.core.text;

import java.util.Locale;

/**
 * A count with its noun in the singular or the plural, as messages write it: "1 cable", "2 cables",
 * "24,000 cables". Counts are grouped by commas whatever the machine's locale, as the tables write them.
 */
public final class Counted {

    private Counted() {
    }

    public static String of(long count, String one, String many) {
        return number(count) + " " + (count == 1 ? one : many);
    }

    /** {@code 1234567} → {@code "1,234,567"}. */
    public static String number(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
