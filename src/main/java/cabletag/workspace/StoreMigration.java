package cabletag.workspace;

import cabletag.formats.inline.CableReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cabletag.formats.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the stores of cabletag before store version 3 into the one store. Those kept one folder per
 * set of opened inputs ({@code workspaces/<hash>/}, a {@code workspace.json} naming the inputs, and
 * files naming each cable relative to them). Each cable file is resolved to its cable's real path
 * and written under its key; the old folder is left as it was, marked done, as a backup.
 * When two old folders hold the same cable (a folder and a file in it opened apart) the newer one wins
 * and the user is told. Nothing is deleted.
 */
final class StoreMigration {

    static final String OLD_FOLDER = "workspaces";
    static final String DONE = "migrated-to-store-v3.txt";

    /** Made on first use: nearly every opening has no older store, and a mapper costs a command 0.2 s to make. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Path home;
    private final CorrectionStore store;

    StoreMigration(Path home, CorrectionStore store) {
        this.home = home;
        this.store = store;
    }

    void run() {
        Path old = home.resolve(OLD_FOLDER);
        if (!Files.isDirectory(old)) {
            return;
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(old, Files::isDirectory)) {
            stream.forEach(folders::add);
        } catch (IOException e) {
            store.report(old + ": error: the older stores in this folder could not be listed (" + e.getMessage() + "); they were not migrated.");
            return;
        }
        folders.sort(null);
        for (Path folder : folders) {
            if (!Files.exists(folder.resolve(DONE))) {
                migrate(folder);
            }
        }
    }

    private void migrate(Path folder) {
        List<String> inputs = inputs(folder);
        List<String> log = new ArrayList<>();
        Path cables = folder.resolve("cables");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(cables)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(cables, "*.json")) {
                stream.forEach(files::add);
            } catch (IOException e) {
                store.report(folder + ": error: this older store could not be listed (" + e.getMessage() + "); it was not migrated.");
                return;
            }
        }
        files.sort(null);
        for (Path file : files) {
            log.add(migrateOne(file, inputs));
        }
        try {
            AtomicFile.write(folder.resolve(DONE), (String.join("\n", log) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            store.report(folder + ": error: could not mark this older store as migrated (" + e.getMessage() + "); it will be looked at again.");
        }
    }

    private String migrateOne(Path file, List<String> inputs) {
        StoredCorrection old;
        try {
            old = CorrectionJson.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            String problem = file + ": error: the stored corrections could not be read (" + e.getMessage()
                    + ") and were not migrated to the store; the file stays where it is.";
            store.report(problem);
            return "not migrated: " + file + ": " + e.getMessage();
        }
        Path cable = resolve(old.document(), inputs);
        if (cable == null) {
            String problem = file + ": error: the stored corrections for " + old.document() + " were not migrated: the cable"
                    + " is no longer under " + String.join(", ", inputs) + "; the file stays where it is.";
            store.report(problem);
            return "not migrated: " + file + ": cable not found";
        }
        String id = old.id() != null ? old.id() : CableReader.idOf(old.document());
        // the offsets stay those of the rules they were counted by: putting them back tells them apart
        StoredCorrection current = new StoredCorrection(CableKey.canonical(cable), old.document(), id, old.sourceSha256(),
                old.status(), old.removed(), old.added(), old.readingGeneration(), null);
        CorrectionStore.Lookup there = store.find(current.key());
        try {
            if (there.file() != null && Files.exists(there.file())) {
                if (modified(there.file()).compareTo(modified(file)) >= 0) {
                    store.report(file + ": warning: the corrections for " + current.path() + " were stored twice before (the"
                            + " cable was opened in two ways); the newer ones are kept, the older ones stay in this file.");
                    return "kept newer: " + file;
                }
                store.report(there.file() + ": warning: the corrections for " + current.path() + " were stored twice"
                        + " before (the cable was opened in two ways); the newer ones, from " + file + ", are kept;"
                        + " the older ones stay in this file.");
                Path copy = store.keepCopy(there.file(), "older");
                if (copy == null) {
                    return "not migrated: " + file;
                }
            }
            store.write(current);
            return "migrated: " + file + " -> " + current.key();
        } catch (IOException e) {
            store.report("Stored corrections in " + file + " could not be migrated (" + e.getMessage()
                    + "); the file stays where it is.");
            return "not migrated: " + file + ": " + e.getMessage();
        }
    }

    private static FileTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }

    private static List<String> inputs(Path folder) {
        List<String> inputs = new ArrayList<>();
        try {
            JsonNode manifest = Json.MAPPER.readTree(folder.resolve("workspace.json").toFile());
            for (JsonNode input : manifest.path("inputs")) {
                inputs.add(input.asText());
            }
        } catch (IOException | RuntimeException e) {
            // no manifest: nothing to resolve names against; each file is reported
        }
        return inputs;
    }

    /** The cable a relative name meant among the inputs that were open: a file itself, or under a folder. */
    private static Path resolve(String document, List<String> inputs) {
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isRegularFile(path) && path.getFileName().toString().equals(document)) {
                return path;
            }
            if (Files.isDirectory(path)) {
                Path under = path.resolve(document);
                if (Files.isRegularFile(under)) {
                    return under;
                }
            }
        }
        return null;
    }
}
