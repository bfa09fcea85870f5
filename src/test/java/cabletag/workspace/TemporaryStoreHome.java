package cabletag.workspace;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Points the store at a test's own folder (the {@code cabletag.home} property) and puts back what was
 * there before, so no test reads or writes the analyst's real corrections.
 */
public final class TemporaryStoreHome implements AutoCloseable {

    private final String before;

    private TemporaryStoreHome(Path home) {
        // The environment variable wins over the property, so a test could not redirect the store.
        Assumptions.assumeTrue(System.getenv(StoreLocation.ENVIRONMENT_VARIABLE) == null,
                "CABLETAG_HOME is set: it would win over the temporary store");
        this.before = System.getProperty(StoreLocation.SYSTEM_PROPERTY);
        System.setProperty(StoreLocation.SYSTEM_PROPERTY, home.toString());
    }

    /** From now until {@link #close}, the store lives under {@code home}. */
    public static TemporaryStoreHome at(Path home) {
        return new TemporaryStoreHome(home);
    }

    /** Moves the store to {@code home}, keeping what to restore from the first {@link #at}. */
    public void moveTo(Path home) {
        System.setProperty(StoreLocation.SYSTEM_PROPERTY, home.toString());
    }

    @Override
    public void close() {
        if (before == null) {
            System.clearProperty(StoreLocation.SYSTEM_PROPERTY);
        } else {
            System.setProperty(StoreLocation.SYSTEM_PROPERTY, before);
        }
    }
}
