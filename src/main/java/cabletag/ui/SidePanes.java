package cabletag.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The window's body: the corpus over the problems on the left, the cable in the centre, the entities
 * on the right, in split panes the analyst drags and whose side panes he hides and shows again (View
 * menu, Alt+1/2/3). What is remembered is the side columns' widths and the corpus's height as fractions
 * of the window, and which panes are hidden; a hidden pane takes its divider with it and gets it back
 * where it was. The fractions change only when the analyst drags a divider: when the window changes size
 * they are put back, so a window opened small and then enlarged gives the room to the text, not to
 * whatever SplitPane's own resizing would hand it to.
 */
public final class SidePanes {

    /** A pane that can be hidden. */
    public enum Pane {
        CORPUS("corpus", "Corpus pane", "Alt+1"), PROBLEMS("problems", "Problems pane", "Alt+2"),
        ENTITIES("entities", "Entity pane", "Alt+3");

        private final String key;
        private final String title;
        private final String keys;

        Pane(String key, String title, String keys) {
            this.key = key;
            this.title = title;
            this.keys = keys;
        }

        public String key() {
            return key;
        }

        /** The key that hides and shows it, as the View menu writes it. */
        public String keys() {
            return keys;
        }

        /**
         * What the status bar says after the pane was hidden or shown: a pane gone from view is easily taken
         * for a pane lost, so the message names the key that brings it back.
         */
        public String toggled(boolean shown) {
            return shown ? title + " shown (remembered)"
                    : title + " hidden — " + keys + " shows it again (remembered)";
        }
    }

    /**
     * Default widths, as fractions of the window: at 1024 pixels the centre keeps about 585, room for
     * 70 characters of the cable font at the system size; the side columns' minimum widths take over
     * below that, so at 800 the centre still has some 450. The left column was 0.19: 15 px more let the
     * corpus list's names show about ten characters beside its counts and review marks.
     */
    static final double LEFT_WIDTH = 0.205;
    static final double RIGHT_WIDTH = 0.22;
    static final double CORPUS_HEIGHT = 0.72;
    static final double LEFT_MIN = 150;
    // the entity table's four columns with three-digit offsets (180 scrolled its End column out of sight at 800×600)
    static final double RIGHT_MIN = 210;
    /** About a divider's width: a side pane's share of the window holds its minimum and the divider beside it. */
    private static final double DIVIDER = 8;
    static final double CENTRE_MIN = 300;

    private final SplitPane main = new SplitPane();
    private final SplitPane left = new SplitPane();
    private final Region corpus;
    private final Region problems;
    private final Region centre;
    private final Region entities;
    private final Set<Pane> hidden = EnumSet.noneOf(Pane.class);
    /** Empty stand-ins for the side panes in the window's first frame (see {@link #emptyUntilFilled()}). */
    private final Region corpusStandIn = standIn(Pane.CORPUS);
    private final Region problemsStandIn = standIn(Pane.PROBLEMS);
    private final Region entitiesStandIn = standIn(Pane.ENTITIES);
    private boolean standingIn;
    /** Filled, and the pulse that lays the panes out has not yet come. */
    private boolean fillPending;
    private final List<Runnable> afterFill = new ArrayList<>();
    private double leftWidth;
    private double rightWidth;
    private double corpusHeight;

    public SidePanes(Region corpus, Region problems, Region centre, Region entities, WindowPreferences preferences) {
        this.corpus = corpus;
        this.problems = problems;
        this.centre = centre;
        this.entities = entities;
        main.setId("main-split");
        left.setId("left-split");
        left.setOrientation(Orientation.VERTICAL);
        // explicit minimums: the panes' computed ones (a filter row, a table's columns) would leave the centre nothing
        left.setMinWidth(LEFT_MIN);
        corpus.setMinWidth(LEFT_MIN);
        problems.setMinWidth(LEFT_MIN);
        corpus.setMinHeight(80);
        problems.setMinHeight(60);
        entities.setMinWidth(RIGHT_MIN);
        centre.setMinWidth(CENTRE_MIN);
        corpusStandIn.setMinSize(LEFT_MIN, 80);
        problemsStandIn.setMinSize(LEFT_MIN, 60);
        entitiesStandIn.setMinWidth(RIGHT_MIN);
        leftWidth = preferences.fraction("pane.left.width", LEFT_WIDTH);
        rightWidth = preferences.fraction("pane.right.width", RIGHT_WIDTH);
        corpusHeight = preferences.fraction("pane.corpus.height", CORPUS_HEIGHT);
        if (leftWidth + rightWidth > 0.8) { // a damaged file must not leave the centre nothing
            leftWidth = LEFT_WIDTH;
            rightWidth = RIGHT_WIDTH;
        }
        for (Pane pane : Pane.values()) {
            if (preferences.flag("pane." + pane.key() + ".hidden")) {
                hidden.add(pane);
            }
        }
        rebuild();
        main.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> capture());
        left.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> capture());
        main.widthProperty().addListener((o, was, now) -> position());
        left.heightProperty().addListener((o, was, now) -> position());
    }

    /** The split pane that is the window's body. */
    public SplitPane node() {
        return main;
    }

    /** The vertical split of corpus and problems (empty of both when both are hidden). */
    SplitPane leftColumn() {
        return left;
    }

    public Region region(Pane pane) {
        return switch (pane) {
            case CORPUS -> corpus;
            case PROBLEMS -> problems;
            case ENTITIES -> entities;
        };
    }

    /**
     * Until {@link #fill()}, the side columns hold empty stand-ins of the same sizes. The window's start
     * asks for it when the first cable goes into the first frame: that frame then styles and lays out the
     * cable's text without the corpus list, the problems and the entity table (some 0.1 s of a 2 s start,
     * docs/PERFORMANCE.md), and the panes come in the frame after, where they are, with nothing moving.
     */
    void emptyUntilFilled() {
        standingIn = true;
        rebuild();
    }

    /** Puts the side panes in, if stand-ins held their places; does nothing otherwise. */
    void fill() {
        if (standingIn) {
            standingIn = false;
            rebuild();
            runAfterLaidOut();
        }
    }

    /** Whether the side columns hold the panes themselves, not their stand-ins. */
    boolean filled() {
        return !standingIn;
    }

    /**
     * Runs {@code work} once the side panes are in and laid out: at once if no stand-ins hold their places, else
     * after the pulse that lays out the panes put in by {@link #fill()}. The start-up warm-up waits for it, so
     * that it does not take the processor from that pulse.
     */
    void whenFilled(Runnable work) {
        if (standingIn || fillPending) {
            afterFill.add(work);
        } else {
            work.run();
        }
    }

    /** After {@link #fill()}: the panes' pulse done, says so in the trace and runs what waited for it. */
    private void runAfterLaidOut() {
        javafx.scene.Scene scene = main.getScene();
        if (scene == null) {
            panesLaidOut();
            return;
        }
        fillPending = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // after the pulse, not inside it: what waited may lay out, and the pulse must end first
            javafx.application.Platform.runLater(this::panesLaidOut);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void panesLaidOut() {
        fillPending = false;
        StartupTrace.step("side panes laid out");
        List<Runnable> waiting = List.copyOf(afterFill);
        afterFill.clear();
        waiting.forEach(Runnable::run);
    }

    private static Region standIn(Pane pane) {
        Region standIn = new Region();
        standIn.getStyleClass().add("pane-stand-in");
        standIn.setId(pane.key() + "-stand-in");
        return standIn;
    }

    public boolean isShown(Pane pane) {
        return !hidden.contains(pane);
    }

    /** Hides a shown pane, shows a hidden one where it was. */
    public void toggle(Pane pane) {
        if (!hidden.remove(pane)) {
            hidden.add(pane);
        }
        rebuild();
    }

    /** Writes the current widths and hidden panes into {@code preferences} (not to disk). */
    public void storeIn(WindowPreferences preferences) {
        preferences.setFraction("pane.left.width", leftWidth);
        preferences.setFraction("pane.right.width", rightWidth);
        preferences.setFraction("pane.corpus.height", corpusHeight);
        for (Pane pane : Pane.values()) {
            preferences.setFlag("pane." + pane.key() + ".hidden", hidden.contains(pane));
        }
    }

    private boolean leftShown() {
        return isShown(Pane.CORPUS) || isShown(Pane.PROBLEMS);
    }

    /** Reads the dividers of what is shown now into the remembered fractions (after a drag). */
    void capture() {
        double[] positions = main.getDividerPositions();
        if (positions.length > 0) {
            if (leftShown()) {
                leftWidth = positions[0];
            }
            if (isShown(Pane.ENTITIES)) {
                rightWidth = 1 - positions[positions.length - 1];
            }
        }
        if (isShown(Pane.CORPUS) && isShown(Pane.PROBLEMS) && left.getDividerPositions().length == 1) {
            corpusHeight = left.getDividerPositions()[0];
        }
    }

    /** Puts the shown panes into the split panes, with the remembered fractions as divider positions. */
    private void rebuild() {
        List<Node> column = new ArrayList<>();
        if (isShown(Pane.CORPUS)) {
            column.add(standingIn ? corpusStandIn : corpus);
        }
        if (isShown(Pane.PROBLEMS)) {
            column.add(standingIn ? problemsStandIn : problems);
        }
        left.getItems().setAll(column);
        List<Node> items = new ArrayList<>();
        if (leftShown()) {
            items.add(left);
        }
        items.add(centre);
        if (isShown(Pane.ENTITIES)) {
            items.add(standingIn ? entitiesStandIn : entities);
        }
        main.getItems().setAll(items);
        position();
    }

    /** Puts the dividers of what is shown at the remembered fractions. */
    private void position() {
        if (left.getItems().size() == 2) {
            left.setDividerPositions(corpusHeight);
        }
        // the split pane places its dividers where told, past its items' minimum widths: at 800 pixels the entity
        // pane got its 22 % (176 px) and its table's End column was cut off (found from outside)
        double width = main.getWidth();
        double leftShare = width > 0 ? Math.max(leftWidth, (LEFT_MIN + DIVIDER) / width) : leftWidth;
        double rightShare = width > 0 ? Math.max(rightWidth, (RIGHT_MIN + DIVIDER) / width) : rightWidth;
        List<Double> positions = new ArrayList<>();
        if (leftShown()) {
            positions.add(leftShare);
        }
        if (isShown(Pane.ENTITIES)) {
            positions.add(1 - rightShare);
        }
        main.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
