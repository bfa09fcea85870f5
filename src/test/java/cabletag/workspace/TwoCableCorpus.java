package cabletag.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The corpus the store tests correct: cable {@code a.txt} holds {@link CorrectionStoreTest#CABLE}, cable
 * {@code b.txt} one ORG, and the store lives in a folder of its own.
 */
record TwoCableCorpus(Path corpus, StoreLocation store) {

    /** Writes the two cables into {@code corpus} (made if missing); the store goes under {@code home}. */
    static TwoCableCorpus write(Path corpus, Path home) throws IOException {
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), CorrectionStoreTest.CABLE);
        Files.writeString(corpus.resolve("b.txt"), "[ORG GoI  ] said so .\n");
        return new TwoCableCorpus(corpus, new StoreLocation(home));
    }

    /** A workspace on the corpus and its store, as the window opens it. */
    Workspace open() throws IOException {
        return Workspace.open(List.of(corpus), store, null);
    }
}
