package cabletag.ui;

import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;

/**
 * The cables as the corpus list shows them, filtered and sorted: what "next cable", "previous cable" and "mark
 * reviewed, next unreviewed" move through. Moving in corpus order instead went to cables the filter hides, and
 * the next Ctrl+Enter marked such a cable reviewed without the analyst ever seeing it in the list.
 */
interface ListedCables {

    /** How many cables the list shows. */
    int size();

    /** The cable (corpus index) shown at {@code position}. */
    int cableAt(int position);

    /** Where {@code cable} is shown, -1 when the filters leave it out. */
    int positionOf(int cable);

    /**
     * How many shown cables come before {@code cable} in the list's order, whether it is shown or not: where it
     * is, or where it would be if the filters kept it.
     */
    int countBefore(int cable);

    /** The shown cable after {@code cable} (or the first, for -1), none at the end of the list. */
    default OptionalInt after(int cable) {
        int position = cable < 0 ? 0 : firstAfter(cable);
        return position < size() ? OptionalInt.of(cableAt(position)) : OptionalInt.empty();
    }

    /** The shown cable before {@code cable}, none at the start of the list. */
    default OptionalInt before(int cable) {
        int position = cable < 0 ? -1 : countBefore(cable) - 1;
        return position >= 0 ? OptionalInt.of(cableAt(position)) : OptionalInt.empty();
    }

    /** The first shown cable after {@code cable}, wrapping round, other than {@code cable}, that {@code wanted} takes. */
    default OptionalInt nextWhere(int cable, IntPredicate wanted) {
        int size = size();
        int start = cable < 0 ? 0 : firstAfter(cable);
        for (int step = 0; step < size; step++) {
            int candidate = cableAt((start + step) % size);
            if (candidate != cable && wanted.test(candidate)) {
                return OptionalInt.of(candidate);
            }
        }
        return OptionalInt.empty();
    }

    /** How many shown cables {@code wanted} takes. */
    default int count(IntPredicate wanted) {
        int count = 0;
        for (int position = 0; position < size(); position++) {
            if (wanted.test(cableAt(position))) {
                count++;
            }
        }
        return count;
    }

    private int firstAfter(int cable) {
        int position = positionOf(cable);
        return position >= 0 ? position + 1 : countBefore(cable);
    }

    /** Every cable in corpus order, {@code size} of them: the order while no corpus list says otherwise. */
    static ListedCables corpusOrder(IntSupplier size) {
        return new ListedCables() {
            @Override
            public int size() {
                return size.getAsInt();
            }

            @Override
            public int cableAt(int position) {
                return position;
            }

            @Override
            public int positionOf(int cable) {
                return cable < size() ? cable : -1;
            }

            @Override
            public int countBefore(int cable) {
                return Math.min(cable, size());
            }
        };
    }
}
