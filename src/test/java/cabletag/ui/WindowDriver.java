package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Set-up and small moves for tests that drive the real window with keys: a corpus folder written from
 * names and contents, a fresh store per window (corrections must not leak between tests), chords, and
 * reading what the window shows.
 */
final class WindowDriver {

    final MainWindow window;
    final Path corpus;

    private WindowDriver(MainWindow window, Path corpus) {
        this.window = window;
        this.corpus = corpus;
    }

    /**
     * a.txt, tagged: five entities of three labels, a three-token ORG to split, two adjacent PERs to
     * merge, a tagged and an untagged Najaf.
     */
    static final String TAGGED = "[PER Rubaie  ] met [ORG National Security Council  ] staff and [PER Saeed  ] [PER Jalili  ]"
            + " in [LOC Najaf  ] , then Najaf again .\n";
    /** b.txt, tagged: one entity and one reading problem, a tag never closed before the blank line. */
    static final String WITH_PROBLEM = "[LOC Erbil  ] is far from Najaf .\n\n[PER Jalili met nobody .\n";
    /** c.txt, plain text with no entities: the window snaps selections with CableTokenizer (state.gov stays whole). */
    static final String PLAIN = "Write to state.gov about Najaf .\n";

    /** The three cables above, as a.txt, b.txt and c.txt, opened in a new window. */
    static WindowDriver openThreeCables(Stage stage, Path temp) throws Exception {
        return open(stage, temp, "a.txt", TAGGED, "b.txt", WITH_PROBLEM, "c.txt", PLAIN);
    }

    /** Writes {@code files} (name, content, name, content, …) into a new folder and opens it in a new window. */
    static WindowDriver open(Stage stage, Path temp, String... files) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(corpus.resolve(files[i]), files[i + 1]);
        }
        return openWithFreshStore(stage, temp, corpus);
    }

    /** Copies seed cable {@code seed} into the folder {@code temp/corpus}, made for it, and returns that folder. */
    static Path seedCorpus(Path temp, String seed) throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.copy(Path.of(System.getProperty("cabletag.seeds", "seeds"), seed), corpus.resolve(seed));
        return corpus;
    }

    /**
     * Opens {@code corpus} in a new window on {@code stage} with a new store under {@code temp}: corrections
     * one test saves must not leak into the next.
     */
    static WindowDriver openWithFreshStore(Stage stage, Path temp, Path corpus) {
        System.setProperty("cabletag.home", temp.resolve("home-" + System.nanoTime()).toString());
        return openIn(stage, corpus);
    }

    /** Opens {@code corpus} in a new window on {@code stage}, with the store {@code cabletag.home} names now. */
    static WindowDriver openIn(Stage stage, Path corpus) {
        MainWindow window = new MainWindow(stage);
        stage.show();
        window.open(List.of(corpus));
        return new WindowDriver(window, corpus);
    }

    /** Waits for the first cable to be shown and the whole folder to be listed (reading may go on). */
    /** Sets the window's size and waits until the scene has it and has been laid out. */
    static void resize(Stage stage, double width, double height) {
        javafx.scene.Scene scene = onFx(stage::getScene);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        FxAwait.until("the scene is " + width + "×" + height,
                () -> scene.getWidth() == width && scene.getHeight() == height, scene.widthProperty(), scene.heightProperty());
        // the split pane moves its dividers in one layout pass and the text area follows in the next: lay
        // out until nothing moves rather than wait for pulses
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            for (int pass = 0; pass < 10 && (pass == 0 || scene.getRoot().isNeedsLayout()); pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether {@code table} shows a scroll bar of that orientation. */
    static boolean scrollBarShown(TableView<?> table, javafx.geometry.Orientation orientation) {
        return onFx(() -> table.lookupAll(".scroll-bar").stream().anyMatch(part -> part instanceof javafx.scene.control.ScrollBar bar
                && bar.getOrientation() == orientation && bar.isVisible()));
    }

    WindowDriver awaitOpened() throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        FxAwait.until("the whole folder listed", window.model().listedProperty(), Boolean.TRUE::equals);
        return this;
    }

    Document doc() {
        return window.model().document();
    }

    Span selected() {
        return window.model().selected();
    }

    /** The entities of the current cable as "LABEL text", in order. */
    List<String> entities() {
        return entities(doc());
    }

    static List<String> entities(Document document) {
        return document.spans().stream().map(s -> s.label().name() + " " + document.textOf(s)).toList();
    }

    Span span(String text, Label label) {
        return doc().spans().stream().filter(s -> s.label().equals(label) && doc().textOf(s).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " '" + text + "' in " + entities()));
    }

    /** Presses Tab until the entity with this text is selected, as an analyst walks the entities. */
    Span tabTo(FxRobot robot, String text) {
        for (int i = 0; i <= doc().spans().size(); i++) {
            if (selected() != null && doc().textOf(selected()).equals(text)) {
                return selected();
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached '" + text + "' in " + entities());
    }

    /** Holds every key but the last, types the last, releases them: {@code chord(r, CONTROL, PAGE_DOWN)}. */
    static void chord(FxRobot robot, KeyCode... keys) {
        KeyCode[] held = java.util.Arrays.copyOf(keys, keys.length - 1);
        robot.press(held).type(keys[keys.length - 1]);
        for (int i = held.length - 1; i >= 0; i--) {
            robot.release(held[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    String label(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    int caret() {
        return onFx(() -> window.cableView().area().getCaretPosition());
    }

    String selectedText() {
        return onFx(() -> window.cableView().area().getSelectedText());
    }

    String corpusRowSelected() {
        return onFx(() -> window.corpusPane().table().getSelectionModel().getSelectedItem().name());
    }

    /** The middle of the characters {@code start..end} of the text, on screen (scrolled into view first). */
    Point2D onScreen(int start, int end) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            window.cableView().area().moveTo(start);
            window.cableView().area().requestFollowCaret();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds bounds = onFx(() -> window.cableView().area().getCharacterBoundsOnScreen(start, end)
                .orElseThrow(() -> new AssertionError(start + ".." + end + " is not on screen")));
        return new Point2D((bounds.getMinX() + bounds.getMaxX()) / 2, (bounds.getMinY() + bounds.getMaxY()) / 2);
    }

    /** Clicks the characters {@code start..end} of the text, as an analyst clicks an entity. */
    void clickText(FxRobot robot, int start, int end) {
        robot.clickOn(onScreen(start, end));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The rows a table shows on screen, top to bottom, each as the texts of its cells. */
    static List<List<String>> shownRows(TableView<?> table) {
        return onFx(() -> {
            table.layout();
            return table.lookupAll(".table-row-cell").stream()
                    .map(n -> (TableRow<?>) n)
                    .filter(r -> r.getItem() != null && r.isVisible() && r.getIndex() < table.getItems().size())
                    .sorted(Comparator.comparingInt(TableRow::getIndex))
                    .map(r -> r.getChildrenUnmodifiable().stream()
                            .filter(c -> c instanceof TableCell<?, ?>)
                            .map(c -> ((TableCell<?, ?>) c).getText())
                            .toList())
                    .toList();
        });
    }

    /** After A / Shift+A: waits for the preview to have the focus, presses Enter, waits for it to close. */
    void confirmApplyPreview(FxRobot robot) {
        ApplyPreviewDialog preview = onFx(window::applyPreview);
        FxAwait.until("the preview has the focus", preview.stage().focusedProperty(), Boolean.TRUE::equals);
        robot.type(KeyCode.ENTER);
        FxAwait.until("the preview closed", preview.stage().showingProperty(), Boolean.FALSE::equals);
    }

    static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(FxAwait.HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
