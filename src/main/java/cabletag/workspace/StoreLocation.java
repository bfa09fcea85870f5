package cabletag.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where stored corrections live: the {@code CABLETAG_HOME} environment variable, else the system
 * property {@code cabletag.home}, else {@code ~/.cabletag}. Each set of inputs gets its own folder.
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

    /**
     * One folder per set of inputs, named by a hash of their sorted absolute paths, so opening the same
     * files or folder again (in any order, from any working directory) finds the same corrections.
     */
    public Path workspaceDir(List<Path> inputs) {
        return root.resolve("workspaces").resolve(Hashes.sha256Hex(String.join("\n", canonicalInputs(inputs))).substring(0, 20));
    }

    /** The inputs as they are hashed: absolute, normalized, sorted, deduplicated. */
    static List<String> canonicalInputs(List<Path> inputs) {
        List<String> paths = new ArrayList<>();
        for (Path input : inputs) {
            String path = input.toAbsolutePath().normalize().toString();
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        paths.sort(null);
        return paths;
    }
}
