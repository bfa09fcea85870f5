package cabletag.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.image.Image;

/**
 * What the desktop shows of the app: its name, its version and its icons. The version comes from the
 * jar's manifest (Implementation-Version) and, when the classes run outside the jar (tests, an IDE), from
 * {@code cabletag/version.properties}, which the build fills in.
 */
public final class AppIdentity {

    public static final String NAME = "cabletag";
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private AppIdentity() {
    }

    /** The version, e.g. 0.1.0-SNAPSHOT; "unknown" only if neither the manifest nor the resource has it. */
    public static String version() {
        String fromManifest = AppIdentity.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = AppIdentity.class.getResourceAsStream("/cabletag/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.contains("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through: the About box says so rather than failing
        }
        return "unknown";
    }

    /** The window title: the app, then the cable shown or else what is open, and a dot while unsaved. */
    static String title(String shown, boolean unsaved) {
        return NAME + (shown == null || shown.isEmpty() ? "" : " — " + shown) + (unsaved ? " •" : "");
    }

    /** The icon at every size the desktop may ask for, smallest first. */
    static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            var url = AppIdentity.class.getResource("/cabletag/ui/icons/cabletag-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }
}
