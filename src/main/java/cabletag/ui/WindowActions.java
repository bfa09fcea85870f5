package cabletag.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The window's one list of actions, in the order the sheet and docs/KEYS.md show them. The menu bar,
 * the context menus, the F1 sheet and the key handling are all made from it, so a key cannot be one
 * thing in a menu and another on the sheet (JabRef's StandardActions is the model).
 */
public final class WindowActions {

    /** The start and end markers of the generated key table in docs/KEYS.md. */
    public static final String TABLE_BEGIN = "<!-- keys table: generated from WindowActions, checked by KeysDocTest -->";
    public static final String TABLE_END = "<!-- end of keys table -->";

    private final List<WindowAction> actions = new ArrayList<>();

    /** Adds an action the program runs on these keys. */
    public WindowActions add(String id, String name, String keys, String description, WindowAction.Place menu,
            boolean whileTyping, Runnable handler, KeyCombination... combinations) {
        if (find(id).isPresent()) {
            throw new IllegalArgumentException("two actions named " + id);
        }
        actions.add(new WindowAction(id, name, keys, description, menu, whileTyping, handler, Arrays.asList(combinations),
                WindowAction.Availability.ALWAYS));
        return this;
    }

    /** Makes the actions {@code ids} runnable only {@code when}: greyed out in every menu otherwise, and their keys say why. */
    public WindowActions onlyWhen(WindowAction.Availability when, String... ids) {
        for (String id : ids) {
            actions.set(actions.indexOf(get(id)), get(id).onlyWhen(when));
        }
        return this;
    }

    /** Adds keys the controls handle themselves (caret keys, F10, the mouse): on the sheet and in the docs only. */
    public WindowActions describe(String id, String keys, String description) {
        return add(id, "", keys, description, WindowAction.Place.NONE, false, null);
    }

    public List<WindowAction> all() {
        return List.copyOf(actions);
    }

    public Optional<WindowAction> find(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public WindowAction get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no action " + id));
    }

    /** The action these keys run, if any; while typing in a text field only the chords that work there. */
    public Optional<WindowAction> forKey(KeyEvent event, boolean typing) {
        return actions.stream().filter(a -> a.runnable() && (a.whileTyping() || !typing) && a.matches(event)).findFirst();
    }

    /**
     * A menu item that runs the action, with its key in the text; its id is {@code action-<id>}. It is greyed
     * out while the action cannot run (a context menu is made anew each time it shows; the menu bar's items
     * are brought up to date as their menu shows).
     */
    public MenuItem item(String id) {
        WindowAction action = get(id);
        MenuItem item = item(action.id(), action.name(), action.keys(), action.handler());
        item.setDisable(!action.available());
        return item;
    }

    /** Greys out those of {@code items} whose action cannot run now, and no others. */
    private void refresh(List<MenuItem> items) {
        for (MenuItem item : items) {
            String id = item.getId();
            if (id != null && id.startsWith("action-")) {
                find(id.substring("action-".length())).ifPresent(action -> item.setDisable(!action.available()));
            }
        }
    }

    static MenuItem item(String id, String name, String keys, Runnable handler) {
        MenuItem item = new MenuItem(WindowAction.menuText(name, keys));
        item.setId("action-" + id);
        item.getProperties().put("keys", keys);
        item.setOnAction(e -> handler.run());
        return item;
    }

    /**
     * The menu bar's menu {@code place}: every action placed there, in list order, with a separator
     * wherever the list's group changes (an action whose id starts a new group is named in {@code breaks}).
     */
    public Menu menu(WindowAction.Place place, String... breaksBefore) {
        Menu menu = new Menu(place.title());
        List<String> breaks = List.of(breaksBefore);
        for (WindowAction action : actions) {
            if (action.menu() == place) {
                if (breaks.contains(action.id()) && !menu.getItems().isEmpty()) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                menu.getItems().add(item(action.id()));
            }
        }
        menu.addEventHandler(Menu.ON_SHOWING, e -> refresh(menu.getItems()));
        return menu;
    }

    /** The rows of the F1 sheet, in list order. */
    public List<WindowAction> sheetRows() {
        return actions.stream().filter(a -> !a.keys().isEmpty()).toList();
    }

    /**
     * The key table of docs/KEYS.md as markdown, between its markers: one row per action with keys. A
     * test compares it with the file, so a key changed here without the docs fails the build.
     */
    public String keysTable() {
        StringBuilder table = new StringBuilder(TABLE_BEGIN).append('\n')
                .append("| Keys | Action |\n|---|---|\n");
        for (WindowAction action : sheetRows()) {
            table.append("| ").append(action.keys()).append(" | ").append(action.description()).append(" |\n");
        }
        return table.append(TABLE_END).toString();
    }
}
