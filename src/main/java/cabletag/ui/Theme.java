package cabletag.ui;

import java.util.Locale;
import javafx.scene.Parent;

/**
 * The window's colours. A theme is a style class on the scene's root; cabletag.css gives that class
 * its own values of the looked-up colours (the label palette and Modena's base colours) and nothing
 * else, so every rule of the stylesheet serves both themes.
 */
public enum Theme {
    LIGHT("Light", ""),
    DARK("Dark", "theme-dark");

    private final String title;
    private final String styleClass;

    Theme(String title, String styleClass) {
        this.title = title;
        this.styleClass = styleClass;
    }

    public String title() {
        return title;
    }

    /** The name kept in the preferences. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a preference names, light when it names none. */
    public static Theme of(String key) {
        for (Theme theme : values()) {
            if (theme.key().equals(key)) {
                return theme;
            }
        }
        return LIGHT;
    }

    /** Puts this theme's style class, and no other theme's, on {@code root}. */
    public void applyTo(Parent root) {
        for (Theme theme : values()) {
            if (theme != this && !theme.styleClass.isEmpty()) {
                root.getStyleClass().remove(theme.styleClass);
            }
        }
        if (!styleClass.isEmpty() && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        }
    }
}
