package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.formats.ReadingRules;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A store file the window wrote for the one cable of {@code corpus} (one entity added), so that a test can replace its
 * content with what an earlier cabletag wrote: it has the cable's name, path and fingerprint.
 */
record StoredCorrectionFile(Path file, String fingerprint) {

    /** {@code home} is the store's home (the test's {@code CABLETAG_HOME}); the cable reads as {@code text} now. */
    static StoredCorrectionFile made(Path home, Path corpus, String text) throws IOException {
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            assertThat(workspace.document(0).text()).isEqualTo(text);
            workspace.add(0, 0, 6, Label.PER);
        }
        Path file;
        try (Stream<Path> files = Files.list(home.resolve("store/cables"))) {
            file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        JsonNode written = new ObjectMapper().readTree(file.toFile());
        assertThat(written.get("readingGeneration").asInt()).isEqualTo(ReadingRules.GENERATION);
        return new StoredCorrectionFile(file, written.get("sourceSha256").asText());
    }
}
