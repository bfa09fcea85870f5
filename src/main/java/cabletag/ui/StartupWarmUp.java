package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * Right after start-up, reads and highlights a cable synthesized from the bundled tagged seed a few
 * times on a low-priority thread, then lays out a few screens of it in a text area that is never shown,
 * beside a table like the entity list.
 * A fresh JVM runs the reader, RichTextFX's document code and the text layout interpreted at first:
 * without this, the analyst's first large cable took twice as long to show as the next one. Nothing it
 * builds is kept.
 */
public final class StartupWarmUp {

    static final String SEED_RESOURCE = "/" + SeedLocator.RESOURCE_DIR + "/004_139b5bbd77eb63a8.txt";
    private static final int CABLE_BYTES = 1_000_000;
    private static final int PASSES = 8;
    /**
     * Screens laid out, one per UI event. With 12, the analyst's first 5 MB cable still had the layout's
     * code compiled during its open (0.7-1.2 s of C2 compilation in it, against 0.3-0.6 s with 48); 48 take
     * about a second more of background steps, mostly 12-30 ms each once compiled, and that open went from 574 to
     * 332 ms (medians of nine runs, docs/PERFORMANCE.md).
     */
    private static final int LAYOUT_STEPS = 48;
    private static final int TABLE_ROWS = 5_000;
    // 0 switches the edit-path warm-up off, to measure what it buys (docs/PERFORMANCE.md).
    private static final int EDITS = Integer.getInteger("cabletag.warmUpEdits", 20);

    private StartupWarmUp() {
    }

    /**
     * Starts the warm-up; the future completes when it is done, with the number of layout steps run on the
     * UI thread (0 without a UI toolkit, fewer than all when a step failed or it was no longer wanted). It
     * never fails: it is only a speed-up.
     *
     * @param wanted asked on the UI thread before each layout step: the app's window still showing. The steps
     *               chain one UI event to the next, so after a quit they would hold the exit up by seconds.
     */
    public static CompletableFuture<Integer> start(BooleanSupplier wanted) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                layOutOnUiThread(run(), wanted, done::complete);
            } catch (RuntimeException | IOException e) {
                // Only a speed-up: if the seed is missing, nothing is lost.
                done.complete(0);
            }
        }, "cabletag-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return done;
    }

    /** All the layout steps: the text area's and the table's, one each per place. */
    static int layoutSteps() {
        return 2 * LAYOUT_STEPS;
    }

    /** Reads and highlights the throw-away cable; answers the last highlighted document. */
    static StyledDocument<Collection<String>, String, Collection<String>> run() throws IOException {
        byte[] cable = synthesizedCable();
        LabelPalette palette = new LabelPalette();
        try (WarmUpFolder folder = WarmUpFolder.create()) {
            Path file = folder.path().resolve("cables/warm-up.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, cable);
            // The same path as opening a file in the window: corpus listing, reading, hashing, a store
            // (a throw-away one), then the highlighted document.
            StoreLocation store = new StoreLocation(folder.path().resolve("store"));
            StyledDocument<Collection<String>, String, Collection<String>> styled = null;
            for (int pass = 0; pass < PASSES && !folder.exiting(); pass++) {
                try (Workspace workspace = Workspace.open(List.of(file.getParent()), store, fraction -> { })) {
                    Document document = workspace.document(0);
                    styled = StyledCableDocument.build(document, palette, null, List.of(), List.of(), 0);
                    warmEditPath(workspace, palette, folder::exiting);
                }
            }
            return styled;
        }
    }

    /**
     * Relabels a few entities of the throw-away cable through a window model of its own, restyles each
     * changed range and undoes it, in the throw-away workspace and store: the session's first relabel used
     * to take about a second, most of it the edit, undo and store code running for the first time. Through
     * the model rather than the workspace alone, because the model's part (its messages, the label counts)
     * still ran for the first time in the first relabel of a 5 MB cable, beside the compilers and the
     * suggestions' first pass. The model is no window's: nothing it holds reaches the screen. Answers how
     * many relabels were made and undone.
     */
    static int warmEditPath(Workspace workspace, LabelPalette palette) {
        return warmEditPath(workspace, palette, () -> false);
    }

    /** The same, stopping before the next relabel once {@code stop} says so. */
    static int warmEditPath(Workspace workspace, LabelPalette palette, BooleanSupplier stop) {
        HighlightStyler styler = new HighlightStyler(palette);
        CorrectorModel model = new CorrectorModel();
        model.open(workspace);
        int spans = model.document().spans().size();
        int made = 0;
        for (int edit = 0; edit < Math.min(EDITS, spans) && !stop.getAsBoolean(); edit++) {
            Document before = model.document();
            Span span = before.spans().get(edit * (spans / Math.min(EDITS, spans)));
            model.select(span);
            model.applyDigit(digitOfAnotherLabel(model.palette(), span.label()), 0, 0);
            styler.style(model.document().spans(), span.start(), span.end(), null);
            boolean relabelled = !model.document().spans().equals(before.spans());
            model.undo();
            if (relabelled && model.document().spans().equals(before.spans())) {
                made++;
            }
        }
        return made;
    }

    private static int digitOfAnotherLabel(LabelPalette palette, Label label) {
        for (int digit = 1; digit <= 9; digit++) {
            if (palette.labelForDigit(digit).filter(other -> !other.equals(label)).isPresent()) {
                return digit;
            }
        }
        return 1;
    }

    /**
     * Puts the highlighted document into a text area that is never shown, beside a table like the entity
     * list, and lays out a screenful of each at a few places, one step per UI event, so the other events
     * wait at most one step. The first 5 MB cable after start-up spent 300-400 ms laying out its first
     * screen in code the JVM had not compiled yet.
     */
    private static void layOutOnUiThread(StyledDocument<Collection<String>, String, Collection<String>> document,
            BooleanSupplier wanted, IntConsumer done) {
        try {
            Platform.runLater(() -> {
                try {
                    StyleClassedTextArea area = new StyleClassedTextArea();
                    CableView.styleAsCableText(area);
                    VirtualizedScrollPane<StyleClassedTextArea> pane = new VirtualizedScrollPane<>(area);
                    TableView<Integer> table = entityLikeTable();
                    HBox both = new HBox(pane, table);
                    new Scene(both, 1300, 700).getStylesheets().add(CabletagApp.STYLESHEET);
                    both.resize(1300, 700);
                    area.replace(0, 0, document);
                    layOutStep(area, both, table, 0, wanted, done);
                } catch (RuntimeException e) {
                    done.accept(0); // only a speed-up
                }
            });
        } catch (IllegalStateException noUiToolkit) {
            done.accept(0); // run without a window (tests of the reading half): nothing to lay out
        }
    }

    /**
     * A table like the entity list, its label cells restyled with the label's swatch as rows come into view.
     * Filling the entity list of the analyst's first large cable made the compilers take JavaFX's CSS
     * matching (0.4 s of C2 for {@code StyleManager.findMatchingStyles} alone) while the first relabel waited.
     */
    private static TableView<Integer> entityLikeTable() {
        TableView<Integer> table = new TableView<>(FXCollections.observableList(IntStream.range(0, TABLE_ROWS).boxed().toList()));
        List<String> swatches = List.of("sw-per", "sw-loc", "sw-org", "sw-misc");
        for (String name : List.of("Text", "Label", "Start", "End")) {
            TableColumn<Integer, Integer> column = new TableColumn<>(name);
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
            boolean labels = name.equals("Label");
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(Integer row, boolean empty) {
                    super.updateItem(row, empty);
                    getStyleClass().removeIf(styleClass -> styleClass.startsWith("sw-") || styleClass.equals("label-cell"));
                    setText(empty || row == null ? null : name + " " + row);
                    if (labels && !empty && row != null) {
                        getStyleClass().addAll("label-cell", swatches.get(row % swatches.size()));
                    }
                }
            });
            table.getColumns().add(column);
        }
        table.setPrefWidth(400);
        return table;
    }

    /** Step {@code 2n} lays out the text area at its n-th place, step {@code 2n + 1} the table: one UI event each. */
    private static void layOutStep(StyleClassedTextArea area, Parent root, TableView<Integer> table, int step,
            BooleanSupplier wanted, IntConsumer done) {
        if (!wanted.getAsBoolean()) {
            done.accept(step);
            return;
        }
        try {
            if (step % 2 == 0) {
                area.showParagraphAtTop(step / 2 * (area.getParagraphs().size() - 1) / LAYOUT_STEPS);
            } else {
                table.scrollTo(step / 2 * (TABLE_ROWS - 1) / LAYOUT_STEPS);
            }
            root.applyCss();
            root.layout();
        } catch (RuntimeException e) {
            done.accept(step); // only a speed-up
            return;
        }
        if (step + 1 < layoutSteps()) {
            Platform.runLater(() -> layOutStep(area, root, table, step + 1, wanted, done));
        } else {
            done.accept(step + 1);
        }
    }

    private static byte[] synthesizedCable() throws IOException {
        byte[] seed;
        try (InputStream in = StartupWarmUp.class.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IOException("bundled seed missing: " + SEED_RESOURCE);
            }
            seed = in.readAllBytes();
        }
        String text = new String(seed, StandardCharsets.UTF_8);
        StringBuilder cable = new StringBuilder(CABLE_BYTES + seed.length);
        for (int copy = 0; cable.length() < CABLE_BYTES; copy++) {
            cable.append("Copy ").append(copy).append('\n').append(text);
        }
        return cable.toString().getBytes(StandardCharsets.UTF_8);
    }

}
