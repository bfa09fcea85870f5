package cabletag.ui;

import java.util.function.Supplier;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The text area of the cable view, whose copy (Ctrl+C, Ctrl+Insert, the Copy key) gives the cable's own text.
 * The area holds a mark in place of each line or paragraph separator ({@link StyledCableDocument#marked}), so
 * RichTextFX's own copy put {@code ↵} on the clipboard where the cable has U+2028: pasted into a search or a
 * file, the name no longer matched the cable.
 */
final class CableTextArea extends StyleClassedTextArea {

    /** The shown cable's text, as read; null when none is shown. */
    private final Supplier<String> cableText;

    CableTextArea(Supplier<String> cableText) {
        this.cableText = cableText;
    }

    @Override
    public void copy() {
        IndexRange selection = getSelection();
        if (selection.getLength() == 0) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(copied(cableText.get(), getSelectedText(), selection.getStart(), selection.getEnd()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * The cable's text over {@code [start, end)}, when the area shows exactly that there with its marks; else
     * what the area shows ({@code shown}): while another cable's text comes in, the two may differ for a moment,
     * and the clipboard must never get text from beyond what was selected.
     */
    static String copied(String text, String shown, int start, int end) {
        if (text == null || end > text.length()) {
            return shown;
        }
        String real = text.substring(start, end);
        return StyledCableDocument.marked(real).equals(shown) ? real : shown;
    }
}
