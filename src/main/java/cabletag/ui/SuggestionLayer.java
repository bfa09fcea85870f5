package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.workspace.suggest.Suggestion;
import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Draws the shown cable's suggestions over the cable text: a dashed frame in the label's colour, no
 * fill ({@link HighlightStyler#suggestion}). Suggestions never lie over entities, so their ranges carry
 * no entity style to keep: a suggestion that goes (accepted, rejected) gets back the entity styles of its
 * range, a new one its frame. Registered as a text listener after the cable view, so whatever the view
 * restyles (an edit, a selection) gets its suggestions drawn again on top.
 */
final class SuggestionLayer implements CorrectorModel.TextListener {

    private final CorrectorModel corrector;
    private final SuggestionsModel suggestions;
    private final StyleClassedTextArea area;
    private final HighlightStyler styler;
    private List<Suggestion> drawn = List.of();

    SuggestionLayer(CorrectorModel corrector, SuggestionsModel suggestions, StyleClassedTextArea area) {
        this.corrector = corrector;
        this.suggestions = suggestions;
        this.area = area;
        this.styler = new HighlightStyler(corrector.palette());
        corrector.addTextListener(this);
        corrector.addOnScreenListener(this::textOnScreen);
        suggestions.revisionProperty().addListener((o, was, now) -> redraw());
        // selected text is what the keys act on: the suggestion selected before lets go of its frame unless it is that text
        area.selectionProperty().addListener((o, was, now) -> suggestions.textSelected(now.getStart(), now.getEnd()));
        suggestions.selectedProperty().addListener((o, was, now) -> {
            reselect(was);
            if (now != null) {
                area.selectRange(now.start(), now.start());
                area.requestFollowCaret();
            }
        });
    }

    /**
     * Another suggestion selected (J, Shift+J): only the one that was selected goes back to what lies under it
     * (the entities, then the suggestions there), and the selected one is drawn selected. Drawing them all again
     * took seconds on a large cable with thousands of suggestions, for every J.
     */
    private void reselect(Suggestion was) {
        Document document = corrector.document();
        if (document == null || area.getLength() != document.text().length()) {
            return;
        }
        if (!drawn.equals(suggestions.suggestions())) {
            redraw(); // the list changed before its refresh was drawn: a decided suggestion has left it
        }
        if (was != null && was.end() <= area.getLength()) {
            undraw(document, was);
            draw(was.start(), was.end()); // draws the selected one too, wherever it is
        } else {
            draw(0, 0);
        }
    }

    /**
     * Takes away what was drawn and draws the current suggestions. When a refresh changed only a few (an
     * accepted or rejected one, an edit's neighbours), only those and the ones they overlap are drawn again:
     * drawing thousands anew took seconds on a large cable after every edit.
     */
    private void redraw() {
        Document document = corrector.document();
        if (document == null || area.getLength() != document.text().length()) {
            drawn = List.of();
            return;
        }
        List<Suggestion> now = new ArrayList<>(suggestions.suggestions());
        // compared by what is drawn: an accepted text changes the score of its every other suggestion, not its look
        java.util.Set<Look> listed = new java.util.HashSet<>(now.stream().map(Look::of).toList());
        java.util.Set<Look> before = new java.util.HashSet<>(drawn.stream().map(Look::of).toList());
        List<Suggestion> gone = drawn.stream().filter(suggestion -> !listed.contains(Look.of(suggestion))).toList();
        List<Suggestion> come = now.stream().filter(suggestion -> !before.contains(Look.of(suggestion))).toList();
        boolean few = gone.size() + come.size() <= FEW_CHANGES;
        for (Suggestion old : few ? gone : drawn) {
            undraw(document, old);
        }
        drawn = now;
        if (!few) {
            draw(0, area.getLength());
            return;
        }
        for (Suggestion changed : gone) {
            draw(changed.start(), changed.end());
        }
        for (Suggestion changed : come) {
            draw(changed.start(), changed.end());
        }
        if (gone.isEmpty() && come.isEmpty()) {
            draw(0, 0); // the selected one
        }
    }

    /** What a suggestion looks like in the text (the selected one is drawn apart). */
    private record Look(int start, int end, cabletag.core.Label label) {
        static Look of(Suggestion suggestion) {
            return new Look(suggestion.start(), suggestion.end(), suggestion.label());
        }
    }

    /** Past this many suggestions come and gone, drawing them all again is cheaper than finding their neighbours. */
    private static final int FEW_CHANGES = 64;

    private void undraw(Document document, Suggestion old) {
        if (old.end() <= area.getLength()) {
            area.setStyleSpans(old.start(), styler.style(document.spans(), old.start(), old.end(), corrector.selected()));
        }
    }

    private void draw(int from, int to) {
        Suggestion selected = suggestions.selected();
        for (Suggestion suggestion : drawn) {
            if (suggestion.intersects(from, to) && suggestion.end() <= area.getLength() && !suggestion.equals(selected)) {
                area.setStyleSpans(suggestion.start(), styler.suggestion(suggestion.label(), suggestion.length(), false));
            }
        }
        if (selected != null && drawn.contains(selected) && selected.end() <= area.getLength()) {
            area.setStyleSpans(selected.start(), styler.suggestion(selected.label(), selected.length(), true));
        }
    }

    /**
     * The area was filled anew, with entity styles only: nothing of the list is drawn any more. The suggestions
     * model refreshed for this cable before (it follows the corrector's document, set before the text listeners
     * are told), while the area still held the cable before, so its revision drew nothing: the frames are drawn
     * here, or a cable shown again had none until J. A large cable's text comes later ({@link #textOnScreen}).
     */
    @Override
    public void cableShown(Document document) {
        drawn = List.of();
        redraw();
    }

    /**
     * A cable's text is on screen. A large cable's is styled on a thread of its own and fills the area only
     * then; its suggestions, found on another thread, may have come before, when there was no text to draw
     * them on. Draws what is not drawn yet (nothing, when the list was drawn already).
     */
    private void textOnScreen() {
        redraw();
    }

    @Override
    public void rangeChanged(Document document, int from, int to) {
        if (area.getLength() == document.text().length()) {
            draw(from, to);
        }
    }

    @Override
    public void reveal(Span span) {
    }
}
