package cabletag.ui;

import java.io.IOException;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The View menu: which side panes show and how wide, the theme, the size of the cable text. Read from
 * {@link WindowPreferences} when the window opens; written back when one of them changes and when the
 * window closes (a divider dragged is written then, not on every pixel of the drag).
 */
public final class ViewSettings {

    private final WindowPreferences preferences;
    private final SidePanes panes;
    private final TextZoom zoom;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final Node text;
    private Consumer<String> say = message -> { };
    /** Whether the last {@link #save()} failed and said so: its message stays rather than being written over. */
    private boolean lastSaveFailed;
    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::theme);
        }
    };

    public ViewSettings(WindowPreferences preferences, Region corpus, Region problems, Region centre, Region entities,
            Region text) {
        this.preferences = preferences;
        this.text = text;
        this.panes = new SidePanes(corpus, problems, centre, entities, preferences);
        this.zoom = new TextZoom(text, preferences.number("text.zoom", 10, 1000, TextZoom.NORMAL));
        this.theme.set(Theme.of(preferences.text("theme", Theme.LIGHT.key())));
        zoom.percentProperty().addListener((o, was, now) -> {
            preferences.setNumber("text.zoom", now.intValue());
            save();
            say.accept("Text size " + now + " %");
        });
        theme.addListener((o, was, now) -> {
            preferences.setText("theme", now.key());
            Window.getWindows().forEach(this::theme);
            save();
        });
    }

    public SidePanes panes() {
        return panes;
    }

    public TextZoom zoom() {
        return zoom;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Where a failed save is told (the status bar). */
    public void setMessages(Consumer<String> say) {
        this.say = say == null ? message -> { } : say;
    }

    /**
     * Applies the theme to the window and, while it is open, to every dialog it opens (they have scenes of
     * their own); saves the panes when it closes. A stage given another scene (a new window on it) leaves
     * this one's saving to that window: the old one's store may be gone by the time the stage closes.
     */
    public void attach(Stage stage, Scene scene) {
        theme.get().applyTo(scene.getRoot());
        Window.getWindows().addListener(newWindows);
        javafx.event.EventHandler<WindowEvent> onHidden = e -> {
            Window.getWindows().removeListener(newWindows);
            save();
        };
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
        stage.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != scene) {
                    stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
                    Window.getWindows().removeListener(newWindows);
                    stage.sceneProperty().removeListener(this);
                }
            }
        });
    }

    private void theme(Window window) {
        Scene scene = window instanceof Stage ? window.getScene() : null;
        if (scene != null && scene.getRoot() != null) {
            if (!scene.getStylesheets().contains(CabletagApp.STYLESHEET)) {
                scene.getStylesheets().add(CabletagApp.STYLESHEET);
            }
            theme.get().applyTo(scene.getRoot());
        }
    }

    /** The View menu's actions, in their menu order. */
    public void defineActions(WindowActions actions) {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier alt = KeyCombination.ALT_DOWN;
        WindowAction.Place view = WindowAction.Place.VIEW;
        actions.add("pane-corpus", "Show / hide the corpus pane", SidePanes.Pane.CORPUS.keys(), "Hide the corpus pane, or show it again where it was (the text gets the room; remembered)",
                view, true, () -> toggle(SidePanes.Pane.CORPUS), key(KeyCode.DIGIT1, alt), key(KeyCode.NUMPAD1, alt));
        actions.add("pane-problems", "Show / hide the problems pane", SidePanes.Pane.PROBLEMS.keys(), "Hide the problems pane, or show it again (remembered)", view,
                true, () -> toggle(SidePanes.Pane.PROBLEMS), key(KeyCode.DIGIT2, alt), key(KeyCode.NUMPAD2, alt));
        actions.add("pane-entities", "Show / hide the entity pane", SidePanes.Pane.ENTITIES.keys(), "Hide the entity pane, or show it again (remembered)", view, true,
                () -> toggle(SidePanes.Pane.ENTITIES), key(KeyCode.DIGIT3, alt), key(KeyCode.NUMPAD3, alt));
        actions.add("zoom-in", "Larger text", "Ctrl+Plus / Ctrl+=", "Larger cable text (remembered; the tables and menus keep the system size)", view, true, zoom::larger,
                key(KeyCode.PLUS, ctrl, KeyCombination.SHIFT_ANY), key(KeyCode.EQUALS, ctrl, KeyCombination.SHIFT_ANY),
                key(KeyCode.ADD, ctrl));
        actions.add("zoom-out", "Smaller text", "Ctrl+Minus", "Smaller cable text", view, true, zoom::smaller,
                key(KeyCode.MINUS, ctrl), key(KeyCode.SUBTRACT, ctrl));
        actions.add("zoom-reset", "Normal text size", "Ctrl+0", "Cable text at the system's font size again", view, true,
                zoom::reset, key(KeyCode.DIGIT0, ctrl), key(KeyCode.NUMPAD0, ctrl));
        for (Theme each : Theme.values()) {
            actions.add("theme-" + each.key(), "Theme: " + each.title(), "", each.title() + " colours (remembered)", view, true,
                    () -> theme.set(each));
        }
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private void toggle(SidePanes.Pane pane) {
        Node focused = text.getScene() == null ? null : text.getScene().getFocusOwner();
        panes.toggle(pane);
        if (focused != null && isInside(focused, panes.region(pane)) && !panes.isShown(pane)) {
            text.requestFocus(); // the focus must not stay in a pane that is gone
        }
        save();
        // after the save: a failed save's message would otherwise hide that the pane did change
        if (!lastSaveFailed) {
            say.accept(pane.toggled(panes.isShown(pane)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Writes the preferences now; a failure is told, never thrown (the window works on without them). */
    public void save() {
        panes.storeIn(preferences);
        lastSaveFailed = false;
        try {
            preferences.save();
        } catch (IOException e) {
            lastSaveFailed = true;
            say.accept("Could not save the window's preferences to " + preferences.file() + ": " + e.getMessage());
        }
    }
}
