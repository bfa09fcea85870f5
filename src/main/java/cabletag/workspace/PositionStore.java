package cabletag.workspace;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.io.AtomicFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the analyst left off, one small JSON file per set of cables under {@code positions/} of the store
 * root, named by the set's key ({@link CableSetKey}): the cable (its real path, source name and document id)
 * and the selected entity (UTF-16 offsets over the clean text, as the store keeps them, with its text as a
 * check). Written atomically. A file that cannot be read is reported by {@link Damaged}, never skipped in
 * silence.
 */
final class PositionStore {

    static final int VERSION = 1;
    static final String FOLDER = "positions";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What was stored: the cable by path, name and document id (null in a file written before the id was:
     * the first document of its file), and the entity with its text and which of the entities with that
     * label and text it is (0 the first), or none.
     */
    record Stored(String path, String name, String id, Span entity, String entityText, int occurrence) { }

    /** A position file that is there but cannot be read: says which file and why. */
    static final class Damaged extends IOException {
        Damaged(Path file, String reason) {
            super(file + ": " + reason);
        }
    }

    private final Path folder;

    PositionStore(Path storeRoot) {
        this.folder = storeRoot.resolve(FOLDER);
    }

    /** Whether no position is stored (no folder, or nothing in it). */
    boolean isEmpty() {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    Path fileOf(String setKey) {
        return folder.resolve(setKey + ".json");
    }

    /** The stored position of this set of cables; empty when none was stored. */
    Optional<Stored> load(String setKey) throws IOException {
        Path file = fileOf(setKey);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new Damaged(file, JsonDamage.notJson(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new Damaged(file, "not a JSON object");
        }
        if (!tree.path("version").isInt() || tree.path("version").asInt() != VERSION) {
            throw new Damaged(file, "version " + tree.path("version") + ", this cabletag reads version " + VERSION);
        }
        JsonNode path = tree.path("cable");
        JsonNode name = tree.path("name");
        if (!path.isTextual() || !name.isTextual()) {
            throw new Damaged(file, "no \"cable\" and \"name\" text");
        }
        JsonNode idNode = tree.path("id");
        if (!idNode.isMissingNode() && !idNode.isNull() && !idNode.isTextual()) {
            throw new Damaged(file, "an \"id\" that is not text");
        }
        String id = idNode.isTextual() ? idNode.asText() : null;
        JsonNode entity = tree.path("entity");
        if (entity.isMissingNode() || entity.isNull()) {
            return Optional.of(new Stored(path.asText(), name.asText(), id, null, null, 0));
        }
        JsonNode start = entity.path("start");
        JsonNode end = entity.path("end");
        JsonNode label = entity.path("label");
        JsonNode text = entity.path("text");
        JsonNode occurrence = entity.path("occurrence");
        if (!start.isInt() || !end.isInt() || !label.isTextual() || !text.isTextual() || !occurrence.isInt() || occurrence.asInt() < 0
                || start.asInt() < 0 || end.asInt() <= start.asInt() || !Label.isValidName(label.asText())) {
            throw new Damaged(file, "the \"entity\" needs start < end, a label and its text");
        }
        return Optional.of(new Stored(path.asText(), name.asText(), id, new Span(start.asInt(), end.asInt(), Label.of(label.asText())),
                text.asText(), occurrence.asInt()));
    }

    void save(String setKey, Stored position) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("cable", position.path());
        root.put("name", position.name());
        if (position.id() != null) {
            root.put("id", position.id());
        }
        if (position.entity() != null) {
            ObjectNode entity = root.putObject("entity");
            entity.put("start", position.entity().start());
            entity.put("end", position.entity().end());
            entity.put("label", position.entity().label().name());
            entity.put("text", position.entityText());
            entity.put("occurrence", position.occurrence());
        }
        AtomicFile.write(fileOf(setKey), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
