package cabletag.core.text;

/** A count with its noun in the singular or the plural, as messages write it: "1 cable", "2 cables". */
public final class Counted {

    private Counted() {
    }

    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
