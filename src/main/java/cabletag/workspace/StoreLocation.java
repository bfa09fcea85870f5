package cabletag.workspace;

import java.nio.file.Path;

/**
 * Where stored corrections live: the {@code CABLETAG_HOME} environment variable, else the system
 * property {@code cabletag.home}, else {@code ~/.cabletag}. Corrections are kept per cable under {@code store/} (ADR 0008).
 */
public record StoreLocation(Path root) {

    public static final String ENVIRONMENT_VARIABLE = "CABLETAG_HOME";
    public static final String SYSTEM_PROPERTY = "cabletag.home";

    public StoreLocation {
        if (root == null) {
            throw new IllegalArgumentException("a store location needs a root folder");
        }
        root = root.toAbsolutePath().normalize();
    }

    public static StoreLocation defaultLocation() {
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new StoreLocation(Path.of(fromEnvironment));
        }
        String fromProperty = System.getProperty(SYSTEM_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return new StoreLocation(Path.of(fromProperty));
        }
        return new StoreLocation(Path.of(System.getProperty("user.home"), ".cabletag"));
    }
}
