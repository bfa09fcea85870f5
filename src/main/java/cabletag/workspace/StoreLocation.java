package cabletag.workspace;

import java.nio.file.Path;
import java.util.List;

/** SCAFFOLD until branch workspace lands. */
public record StoreLocation(Path root) {
    public static StoreLocation defaultLocation() {
        String env = System.getenv("CABLETAG_HOME");
        if (env != null && !env.isBlank()) {
            return new StoreLocation(Path.of(env));
        }
        String prop = System.getProperty("cabletag.home");
        if (prop != null && !prop.isBlank()) {
            return new StoreLocation(Path.of(prop));
        }
        return new StoreLocation(Path.of(System.getProperty("user.home"), ".cabletag"));
    }

    public Path workspaceDir(List<Path> inputs) {
        return root.resolve("workspaces").resolve(Integer.toHexString(inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).sorted().toList().hashCode()));
    }
}
