package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Span;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The centre of the window: the clean text of the current cable, wrapped, every entity in its label's
 * colour, the legend above. Read-only for typing (the analyst corrects tags, never text) while caret
 * and selection still move with the keyboard. Large cables are styled on a worker thread.
 */
public final class CableView extends BorderPane implements CorrectorModel.TextListener {

    /** Above this many characters, styles are computed off the UI thread. */
    static final int BACKGROUND_STYLING_THRESHOLD = 200_000;

    private final CorrectorModel model;
    private final HighlightStyler styler;
    private final StyleClassedTextArea area;
    private final LegendView legend;
    /** Made at the first hover: a popup window is not worth building before the first cable is shown. */
    private Popup hoverPopup;
    private final Label hoverLabel = new Label();
    private long generation;
    /** The large cable announced by {@link #cableComing}, being styled. */
    private Styling coming;
    private Runnable onStyled = () -> { };

    public CableView(CorrectorModel model) {
        this.model = model;
        this.area = new CableTextArea(() -> model.document() == null ? null : model.document().text());
        this.styler = new HighlightStyler(model.palette());
        this.legend = new LegendView(model);
        area.setId("cable-text");
        styleAsCableText(area);
        area.setEditable(false);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setFocusTraversable(true);
        installHover();
        area.setOnMouseClicked(event -> {
            if (event.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
                return; // the secondary button's press selects for the context menu (MainWindow); its click must not undo that
            }
            if (event.getClickCount() == 2) {
                // the word as the tagger counts words (state.gov, al-Rubaie whole), not as the text area would
                int[] token = model.tokenAt(area.getCaretPosition());
                if (token != null) {
                    area.selectRange(token[0], token[1]);
                }
            } else if (area.getSelection().getLength() == 0) {
                model.selectAt(characterUnder(area, event.getX(), event.getY()));
            }
        });
        // selected text is what the keys act on: the entity selected before lets go of its frame unless it is that text
        area.selectionProperty().addListener((o, was, now) -> model.textSelected(now.getStart(), now.getEnd()));
        // and rows picked in the entity table after it are what the keys act on: the text lets go (the caret stays)
        model.addRowsSelectedListener(area::deselect);
        setTop(legend);
        setCenter(new StackPane(new VirtualizedScrollPane<>(area)));
        LoneParagraphRepaint.install(area); // a relabel repaints its paragraph, not all the text below it
        model.addTextListener(this);
        if (model.document() != null) {
            cableShown(model.document());
        }
    }

    /** What decides how a cable's text is laid out: its CSS class and wrapping (the warm-up lays out the same). */
    static void styleAsCableText(StyleClassedTextArea area) {
        area.getStyleClass().add("cable-text");
        area.setWrapText(true);
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /**
     * Called on the UI thread once a shown cable's highlighted text has been laid out, before the work
     * that waits for it (the list of a large cable), and after each restyle (benchmarks, tests).
     */
    public void setOnStyled(Runnable onStyled) {
        this.onStyled = onStyled == null ? () -> { } : onStyled;
    }

    private Popup hoverPopup() {
        if (hoverPopup == null) {
            hoverLabel.getStyleClass().add("label");
            StackPane box = new StackPane(hoverLabel);
            box.getStyleClass().add("hover-popup");
            box.getStylesheets().add(CabletagApp.STYLESHEET);
            hoverPopup = new Popup();
            hoverPopup.getContent().add(box);
        }
        return hoverPopup;
    }

    private void hideHover() {
        if (hoverPopup != null) {
            hoverPopup.hide();
        }
    }

    private void installHover() {
        area.setMouseOverTextDelay(Duration.ofMillis(250));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> {
            String text = hoverText(event.getCharacterIndex());
            if (text != null) {
                Point2D at = event.getScreenPosition();
                hoverLabel.setText(text);
                hoverPopup().show(area, at.getX() + 8, at.getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hideHover());
    }

    /** What the hover shows at a text offset: the labels of the entities there, outermost first. */
    String hoverText(int offset) {
        Document doc = model.document();
        if (doc == null || offset < 0 || offset >= doc.text().length()) {
            return null;
        }
        List<Span> covering = doc.spans().covering(offset);
        if (covering.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Span span : covering) {
            if (!text.isEmpty()) {
                text.append("  ⊃  ");
            }
            text.append(span.label().name()).append("  ").append(abbreviate(doc.textOf(span)));
        }
        return text.toString();
    }

    private static String abbreviate(String text) {
        String flat = OneLineText.of(text); // a line separator inside an entity shown, not as nothing
        return flat.length() > 60 ? flat.substring(0, 57) + "…" : flat;
    }

    /** Starts building a large cable's highlighted document while the rest of the window updates. */
    @Override
    public void cableComing(Document document) {
        if (document.text().length() >= BACKGROUND_STYLING_THRESHOLD) {
            coming = new Styling(document);
        }
    }

    @Override
    public void cableShown(Document document) {
        long mine = ++generation;
        hideHover();
        String text = document.text();
        if (text.length() < BACKGROUND_STYLING_THRESHOLD) {
            coming = null;
            area.replace(0, area.getLength(), StyledCableDocument.build(document, model.palette(), model.selected(),
                    area.getInitialParagraphStyle(), area.getInitialTextStyle()));
            afterShown();
            return;
        }
        // Large cable: the whole styled document (paragraphs and styles) is built off the UI thread, and
        // goes into the area in one replace. Building it on the UI thread froze the window for seconds
        // on a cold start (text 1.1 s, then styles 0.7 s, for a 5 MB cable).
        area.clear();
        model.say("Highlighting " + NumberCell.format(document.spans().size()) + " entities…");
        Styling styling = coming != null && coming.document == document && coming.selected == model.selected()
                ? coming
                : new Styling(document);
        coming = null;
        styling.setOnSucceeded(done -> {
            if (mine != generation) {
                return;
            }
            area.replace(0, area.getLength(), styling.getValue());
            Document now = model.document();
            if (now != null && now != document && now.text().equals(text)) {
                // edited while the document was being built: style the spans as they are now
                area.setStyleSpans(0, styler.styleAll(now.spans(), text.length(), model.selected()));
            }
            model.say(cabletag.core.text.Counted.of(document.spans().size(), "entity", "entities"));
            afterShown();
        });
        styling.setOnFailed(failed -> {
            model.say("Could not highlight: " + styling.getException().getMessage());
            model.cableOnScreen(); // the entity list must not wait for ever
        });
    }

    /** Builds a cable's styled document, with the entity selected now, on its own thread, started at once. */
    private final class Styling extends Task<StyledDocument<Collection<String>, String, Collection<String>>> {
        private final Document document;
        private final Span selected = model.selected();
        private final Collection<String> paragraphStyle = area.getInitialParagraphStyle();
        private final Collection<String> textStyle = area.getInitialTextStyle();

        Styling(Document document) {
            this.document = document;
            Thread thread = new Thread(this, "cabletag-highlight");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        protected StyledDocument<Collection<String>, String, Collection<String>> call() {
            return StyledCableDocument.build(document, model.palette(), selected, paragraphStyle, textStyle);
        }
    }

    private void afterShown() {
        area.moveTo(0);
        area.showParagraphAtTop(0);
        afterNextLayout(() -> {
            onStyled.run();
            // The frame that shows the text is painted after its pulse and handed to the toolkit's thread, to be
            // put on the screen, while the next pulse waits for that painting. What waits for the text (the side
            // panes, the entity list, the next cables' reading) holds that thread for most of a second on a cold
            // start, so it must be queued behind the hand-over: work posted from the next pulse's layout came
            // before it, and the text reached the screen with the side panes, 0.9 s after it was laid out. Posted
            // from the pulse after that one, it comes after the hand-over (PERFORMANCE.md, "The first cable's frame
            // queued behind the side panes").
            afterNextLayout(() -> afterNextLayout(model::cableOnScreen));
        });
    }

    /** Runs {@code work} after the next pulse has laid out (and so will paint) the text, outside that pulse. */
    private void afterNextLayout(Runnable work) {
        javafx.scene.Scene scene = area.getScene();
        if (scene == null) {
            Platform.runLater(work);
            return;
        }
        NextPulse.afterLayout(scene, () -> Platform.runLater(work));
    }

    @Override
    public void rangeChanged(Document document, int from, int to) {
        if (to > area.getLength() || from >= to) {
            return;
        }
        area.setStyleSpans(from, styler.style(document.spans(), from, to, model.selected()));
        onStyled.run();
    }

    @Override
    public void reveal(Span span) {
        if (span == null || span.end() > area.getLength()) {
            return;
        }
        area.moveTo(span.start());
        area.requestFollowCaret();
    }

    /** Puts the caret at an offset and scrolls there (problems, find). */
    public void moveTo(int offset) {
        area.moveTo(Math.max(0, Math.min(offset, area.getLength())));
        area.requestFollowCaret();
    }

    public void selectText(int start, int end) {
        area.selectRange(start, end);
        area.requestFollowCaret();
    }

    /**
     * The character under a point of the text: the caret goes before or after it, whichever half is clicked, so a
     * click on the right half of an entity's last character put the caret at the entity's end, outside it (a
     * one-letter entity, the colon of {@code DECL:}, was selected only on its left half). Where no character is
     * under the point (past a line's end), the caret's place.
     */
    static int characterUnder(StyleClassedTextArea area, double x, double y) {
        var hit = area.hit(x, y);
        return hit.getCharacterIndex().orElse(hit.getInsertionIndex());
    }
}
