package cabletag.ui;

/**
 * Where the shown cable is, as the status bar says it after its name: its place in the corpus list as the analyst
 * sees it, filtered and sorted, the list that next and previous cable move through. Counted in the whole corpus,
 * "(6/300)" named a place the list did not show once a filter was set or the list was sorted.
 */
final class ListedPosition {

    private ListedPosition() {
    }

    /**
     * "(6/300)" when the list shows every cable; "(2/14 listed, 300 in all)" when its filters show some;
     * "(not listed: the filters show 14 of 300)" when they hide the cable shown.
     */
    static String of(ListedCables listed, int cable, int all) {
        int shown = listed.size();
        int position = listed.positionOf(cable);
        if (position < 0 && shown < all) {
            return "(not listed: the filters show " + NumberCell.format(shown) + " of " + NumberCell.format(all) + ")";
        }
        int place = position >= 0 ? position + 1 : cable + 1; // every cable shown, this one not yet placed in the list
        return "(" + NumberCell.format(place) + "/" + NumberCell.format(shown)
                + (shown < all ? " listed, " + NumberCell.format(all) + " in all)" : ")");
    }
}
