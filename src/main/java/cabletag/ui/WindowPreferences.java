package cabletag.ui;

import cabletag.formats.io.AtomicFile;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How the analyst left the window: the side panes' widths and which are hidden, the theme, the text
 * zoom. One small {@code key=value} file under the store root ({@code <home>/window/preferences.properties}),
 * written whole and atomically, so it moves with CABLETAG_HOME and a test's temporary home, which
 * java.util.prefs (the user's registry or ~/.java) would not. A missing or damaged file, or a value out of
 * range, only costs the default of what it held: it never stops the window from opening.
 */
public final class WindowPreferences {

    /** The file under a store root. */
    public static Path fileUnder(Path storeRoot) {
        return storeRoot.resolve("window").resolve("preferences.properties");
    }

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private WindowPreferences(Path file) {
        this.file = file;
    }

    /** Reads the file; missing or unreadable means all defaults. */
    public static WindowPreferences load(Path file) {
        WindowPreferences preferences = new WindowPreferences(file);
        try {
            if (Files.exists(file)) {
                Properties read = new Properties();
                read.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
                read.stringPropertyNames().forEach(key -> preferences.values.put(key, read.getProperty(key)));
            }
        } catch (IOException | RuntimeException unreadable) {
            preferences.values.clear(); // damaged preferences only cost the preferences
        }
        return preferences;
    }

    public Path file() {
        return file;
    }

    /** A fraction in (0, 1), or {@code otherwise} when absent or not one. */
    public double fraction(String key, double otherwise) {
        try {
            String value = values.get(key);
            double fraction = value == null ? otherwise : Double.parseDouble(value);
            return fraction > 0 && fraction < 1 ? fraction : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public void setFraction(String key, double fraction) {
        values.put(key, String.format(Locale.ROOT, "%.4f", fraction));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(values.get(key));
    }

    public void setFlag(String key, boolean flag) {
        values.put(key, Boolean.toString(flag));
    }

    /** A whole number in [min, max], or {@code otherwise}. */
    public int number(String key, int min, int max, int otherwise) {
        try {
            String value = values.get(key);
            int number = value == null ? otherwise : Integer.parseInt(value.trim());
            return number >= min && number <= max ? number : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A finite decimal number, or {@code otherwise} when absent or not one. */
    public double decimal(String key, double otherwise) {
        try {
            String value = values.get(key);
            double number = value == null ? otherwise : Double.parseDouble(value.trim());
            return Double.isFinite(number) ? number : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public void setDecimal(String key, double number) {
        values.put(key, Double.toString(number));
    }

    public void setNumber(String key, int number) {
        values.put(key, Integer.toString(number));
    }

    public String text(String key, String otherwise) {
        return values.getOrDefault(key, otherwise);
    }

    public void setText(String key, String text) {
        values.put(key, text);
    }

    /** Writes every value, sorted by key, atomically. */
    public void save() throws IOException {
        StringBuilder text = new StringBuilder("# cabletag window preferences: written by the window, safe to delete\n");
        values.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
