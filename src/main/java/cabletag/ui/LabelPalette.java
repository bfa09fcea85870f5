package cabletag.ui;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which colour and which key each label gets. The four CoNLL labels have fixed Okabe–Ito colours and
 * keys 1–4 so the analyst's fingers learn them once; any other label gets the next of twelve generated
 * colours and the next free digit (5–9, then 0). The colours themselves live in cabletag.css as looked-up
 * colours; this class only hands out style-class keys, so it needs no JavaFX.
 */
public final class LabelPalette {

    /** Number of generated colour slots for non-standard labels (cabletag.css defines -ct-x0 … -ct-x11). */
    public static final int EXTRA_SLOTS = 12;
    private static final int[] DIGITS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 0};

    private final List<Label> labels = new ArrayList<>(Label.STANDARD);

    /** Adds labels not seen before, in the given order; returns whether any was new. */
    public boolean register(Collection<Label> seen) {
        boolean added = false;
        for (Label label : seen.stream().sorted().toList()) {
            if (!labels.contains(label)) {
                labels.add(label);
                added = true;
            }
        }
        return added;
    }

    public List<Label> labels() {
        return List.copyOf(labels);
    }

    /** Short key of the label's colour, used in style classes: {@code per}, {@code loc}, {@code x0}… */
    public String colourKey(Label label) {
        int at = labels.indexOf(label);
        if (at < 0) {
            register(List.of(label));
            at = labels.indexOf(label);
        }
        if (at < Label.STANDARD.size()) {
            return label.name().toLowerCase();
        }
        return "x" + ((at - Label.STANDARD.size()) % EXTRA_SLOTS);
    }

    /** Style class painting the label's background tint (outermost entities). */
    public String backgroundClass(Label label) {
        return "bg-" + colourKey(label);
    }

    /** Style class underlining in the label's colour (entities nested in another one). */
    public String underlineClass(Label label) {
        return "ul-" + colourKey(label);
    }

    /** Style class of the legend swatch. */
    public String swatchClass(Label label) {
        return "sw-" + colourKey(label);
    }

    /**
     * The digit key that applies this label, if it has one. A label that is a tag ({@code O}, stored by an earlier
     * cabletag) is shown without one, since no edit may give it; it keeps its place, so the other labels keep their keys.
     */
    public OptionalInt keyOf(Label label) {
        int at = labels.indexOf(label);
        return at >= 0 && at < DIGITS.length && Label.isEntityLabel(label.name()) ? OptionalInt.of(DIGITS[at]) : OptionalInt.empty();
    }

    public Optional<Label> labelForDigit(int digit) {
        for (int i = 0; i < DIGITS.length && i < labels.size(); i++) {
            if (DIGITS[i] == digit) {
                return Optional.of(labels.get(i));
            }
        }
        return Optional.empty();
    }
}
