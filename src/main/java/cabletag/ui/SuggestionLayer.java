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
    private Suggestion drawnSelected;

    SuggestionLayer(CorrectorModel corrector, SuggestionsModel suggestions, StyleClassedTextArea area) {
        this.corrector = corrector;
        this.suggestions = suggestions;
        this.area = area;
        this.styler = new HighlightStyler(corrector.palette());
        corrector.addTextListener(this);
        suggestions.revisionProperty().addListener((o, was, now) -> redraw());
        suggestions.selectedProperty().addListener((o, was, now) -> {
            redraw();
            if (now != null) {
                area.selectRange(now.start(), now.start());
                area.requestFollowCaret();
            }
        });
    }

    /** Takes away what was drawn and draws the current suggestions. */
    private void redraw() {
        Document document = corrector.document();
        if (document == null || area.getLength() != document.text().length()) {
            drawn = List.of();
            return;
        }
        for (Suggestion old : drawn) {
            if (old.end() <= area.getLength()) {
                area.setStyleSpans(old.start(), styler.style(document.spans(), old.start(), old.end(), corrector.selected()));
            }
        }
        drawn = new ArrayList<>(suggestions.suggestions());
        drawnSelected = suggestions.selected();
        draw(0, area.getLength());
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

    @Override
    public void cableShown(Document document) {
        drawn = List.of(); // the area was filled anew; the suggestions model refreshes for the new cable
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
