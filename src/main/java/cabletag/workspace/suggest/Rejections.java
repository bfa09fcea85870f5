package cabletag.workspace.suggest;

import cabletag.core.Label;
import cabletag.formats.io.AtomicFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The suggestions the analyst rejected, so that a rejected suggestion stays rejected: one at a place of
 * a cable (the cable's store key, the UTF-16 range over its clean text, the label, and the text as a
 * check), or a text with a label everywhere. Kept in {@code suggestions/rejected.json} under the store
 * root, written whole and atomically after each change. A file that cannot be read is named as a problem
 * ({@link #problems()}); it is moved aside, never written over, the next time a rejection is saved.
 * Thread-safe.
 */
public final class Rejections {

    static final int VERSION = 1;
    public static final String FOLDER = "suggestions";
    public static final String FILE = "rejected.json";

    /** A suggestion rejected at one place. */
    public record AtPlace(String key, int start, int end, Label label, String text) { }

    /** A text rejected with this label in every cable. */
    public record Everywhere(String text, Label label) { }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Set<AtPlace> places = new LinkedHashSet<>();
    private final Set<Everywhere> texts = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();
    private boolean damaged;

    private Rejections(Path file) {
        this.file = file;
    }

    /** Reads the rejections kept under this store root (none when there is no file yet). */
    public static Rejections open(Path storeRoot) {
        Rejections rejections = new Rejections(storeRoot.resolve(FOLDER).resolve(FILE));
        rejections.read();
        return rejections;
    }

    /** Rejections kept nowhere (commands run with {@code --no-corrections}). */
    public static Rejections none() {
        return new Rejections(null);
    }

    public Path file() {
        return file;
    }

    private void read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            damaged(cabletag.formats.io.IoReason.describe(e)); // "permission denied", not the exception's class
            return;
        }
        try {
            JsonNode root;
            try {
                root = JSON.readTree(bytes);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(cabletag.workspace.JsonDamage.notJson(e), e); // the parser's message is no line for the pane
            }
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            int version = root.path("version").asInt(-1);
            if (version != VERSION) {
                throw new IOException("version " + root.path("version") + ", expected " + VERSION);
            }
            for (JsonNode place : root.path("places")) {
                places.add(new AtPlace(text(place, "key"), number(place, "start"), number(place, "end"),
                        Label.of(text(place, "label")), text(place, "text")));
            }
            for (JsonNode text : root.path("texts")) {
                texts.add(new Everywhere(text(text, "text"), Label.of(text(text, "label"))));
            }
        } catch (IOException | RuntimeException e) {
            places.clear();
            texts.clear();
            damaged(e.getMessage());
        }
    }

    private void damaged(String reason) {
        damaged = true;
        problems.add(file + ": the rejected suggestions cannot be read: " + reason + "; none are applied, so rejected"
                + " suggestions may be shown again. The file is moved aside, not written over, when a suggestion is next rejected.");
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("'" + field + "' missing or not text in " + node);
        }
        return value.asText();
    }

    private static int number(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IOException("'" + field + "' missing or not a number in " + node);
        }
        return value.asInt();
    }

    /** What the analyst should know: a file that cannot be read. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** The check for one cable, by its store key. */
    public RejectionCheck forCable(String key) {
        return (start, end, label, text) -> isRejected(key, start, end, label, text);
    }

    public synchronized boolean isRejected(String key, int start, int end, Label label, String text) {
        return texts.contains(new Everywhere(text, label)) || key != null && places.contains(new AtPlace(key, start, end, label, text));
    }

    public synchronized Set<AtPlace> places() {
        return Set.copyOf(places);
    }

    public synchronized Set<Everywhere> texts() {
        return Set.copyOf(texts);
    }

    /** Adds and removes rejections, then saves. Returns whether anything changed. */
    public synchronized boolean change(List<AtPlace> addPlaces, List<AtPlace> removePlaces,
                                       List<Everywhere> addTexts, List<Everywhere> removeTexts) throws IOException {
        boolean changed = places.addAll(addPlaces) | places.removeAll(removePlaces)
                | texts.addAll(addTexts) | texts.removeAll(removeTexts);
        if (changed) {
            save();
        }
        return changed;
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        if (damaged && Files.exists(file)) {
            Path aside = file.resolveSibling(FILE + ".damaged-" + System.currentTimeMillis());
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            problems.add(file + ": the unreadable file was moved aside to " + aside + ".");
            damaged = false;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode placeArray = root.putArray("places");
        for (AtPlace place : places) {
            placeArray.addObject().put("key", place.key()).put("start", place.start()).put("end", place.end())
                    .put("label", place.label().name()).put("text", place.text());
        }
        ArrayNode textArray = root.putArray("texts");
        for (Everywhere text : texts) {
            textArray.addObject().put("text", text.text()).put("label", text.label().name());
        }
        AtomicFile.write(file, JSON.writeValueAsBytes(root));
    }
}
