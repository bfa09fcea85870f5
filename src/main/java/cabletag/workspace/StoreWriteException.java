package cabletag.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A save that could not write the store: the edits stay in the session, unsaved, and {@link #failure} says why. */
public final class StoreWriteException extends UncheckedIOException {

    private final transient StoreWriteFailure failure;

    StoreWriteException(StoreWriteFailure failure, IOException cause) {
        super(failure.message(), cause);
        this.failure = failure;
    }

    public StoreWriteFailure failure() {
        return failure;
    }
}
