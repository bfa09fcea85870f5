package cabletag.workspace;

import cabletag.core.Label;
import cabletag.formats.ReadingRules;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The suggestions the analyst rejected, so that a rejected suggestion stays rejected: one at a place of
 * a cable (the cable's store key, the UTF-16 range over its clean text, the label, the text as a check, and
 * the fingerprint and reading generation of the text it was rejected on), or a text with a label everywhere.
 * Kept in {@code suggestions/rejected.json} under the store root, written whole and atomically after each
 * change. A file that cannot be read is named as a problem ({@link #problems()}); it is moved aside, never
 * written over, the next time a rejection is saved.
 *
 * <p>Where a place applies on a cable as it is now is not read here but by {@link RejectedPlaces}, which follows
 * a cable's rejections as its corrections follow it: moved, renamed, or its file changed. The places kept under
 * the key of another file are taken as first read ({@link #firstAt}), as the store's moved cables are, so that
 * every file of a session that a moved cable's corrections go to gets its rejections too, whichever is read
 * first. Thread-safe.
 */
public final class Rejections {

    static final int VERSION = 1;
    public static final String FOLDER = "suggestions";
    public static final String FILE = "rejected.json";
    private static final String SOURCE_SHA256 = "sourceSha256";
    private static final String READING_GENERATION = "readingGeneration";
    /** Written only when true: an earlier cabletag reads past it and takes the place as a rejection of its label. */
    private static final String DELETED = "deleted";

    /**
     * A suggestion rejected at one place: the cable's store key, the range and label, the text as a check, and
     * the fingerprint (SHA-256) of the cable's source and the {@link ReadingRules#GENERATION} of the reading whose
     * clean text the range counts, as the store keeps them for corrections. A place kept before the fingerprint was
     * (null) is taken where its text still is at its range, and nowhere else. {@code deleted}: the analyst deleted an
     * entity there that the file does not tag (see {@link DeletionSaysNo}); it says no to a suggestion of any label.
     */
    public record AtPlace(String key, int start, int end, Label label, String text, String sourceSha256, int readingGeneration,
                          boolean deleted) {

        /** A suggestion of this label rejected here. */
        public AtPlace(String key, int start, int end, Label label, String text, String sourceSha256, int readingGeneration) {
            this(key, start, end, label, text, sourceSha256, readingGeneration, false);
        }

        /** The same rejection under another key, at another range, over the text of another fingerprint. */
        AtPlace movedTo(String newKey, int newStart, int newEnd, String newText, String newSha256) {
            return new AtPlace(newKey, newStart, newEnd, label, newText, newSha256, ReadingRules.GENERATION, deleted);
        }
    }

    /** A text rejected with this label in every cable. */
    public record Everywhere(String text, Label label) { }

    /**
     * Made when a file is read or written, not when the class is first used: every command asks for the rejections
     * (to follow a cable's), and with no file kept, making a mapper was a tenth of a second of a small command's start.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Path file;
    /** By store key, in the order they were kept. */
    private final Map<String, Set<AtPlace>> places = new LinkedHashMap<>();
    /** The places as first read, by store key: what the keys of moved cables are followed from. */
    private volatile Map<String, List<AtPlace>> firstRead = Map.of();
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
                root = Json.MAPPER.readTree(bytes);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IOException(JsonDamage.notJson(e), e); // the parser's message is no line for the pane
            }
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            int version = root.path("version").asInt(-1);
            if (version != VERSION) {
                throw new IOException("version " + root.path("version") + ", expected " + VERSION);
            }
            for (JsonNode place : root.path("places")) {
                if (number(place, "start") < 0 || number(place, "end") <= number(place, "start")) {
                    throw new IOException("'start' and 'end' are no range of text in " + place);
                }
                add(new AtPlace(text(place, "key"), number(place, "start"), number(place, "end"),
                        Label.of(text(place, "label")), text(place, "text"), optionalText(place, SOURCE_SHA256),
                        place.has(SOURCE_SHA256) && place.has(READING_GENERATION) ? number(place, READING_GENERATION)
                                : ReadingRules.GENERATION, place.path(DELETED).asBoolean(false)));
            }
            for (JsonNode text : root.path("texts")) {
                texts.add(new Everywhere(text(text, "text"), Label.of(text(text, "label"))));
            }
        } catch (IOException | RuntimeException e) {
            places.clear();
            texts.clear();
            foldedTexts = null;
            damaged(e.getMessage());
        }
        Map<String, List<AtPlace>> first = new java.util.HashMap<>();
        places.forEach((key, kept) -> first.put(key, List.copyOf(kept)));
        firstRead = Map.copyOf(first);
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

    /** A field an earlier cabletag did not write: null when absent. */
    private static String optionalText(JsonNode node, String field) throws IOException {
        return node.has(field) && !node.get(field).isNull() ? text(node, field) : null;
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

    /** {@link #texts} by their case-folded text ({@link cabletag.core.text.TextSearch#folded}); null until asked after a change. */
    private Set<Everywhere> foldedTexts;

    /**
     * Whether this text is rejected with this label in every cable: in any case, by the search's rule (found from
     * outside: "Iraq" rejected everywhere as MISC was still suggested as IRAQ in the headers, whose capitals the
     * gazetteer matches). A rejection tags nothing, so taking more spellings can lose no annotation; accepting
     * everywhere stays with the same spelling, as giving every occurrence a label does.
     */
    public synchronized boolean isRejectedEverywhere(String text, Label label) {
        if (texts.isEmpty()) {
            return false;
        }
        if (texts.contains(new Everywhere(text, label))) {
            return true;
        }
        if (foldedTexts == null) {
            Set<Everywhere> folded = new java.util.HashSet<>();
            for (Everywhere rejected : texts) {
                folded.add(new Everywhere(cabletag.core.text.TextSearch.folded(rejected.text()), rejected.label()));
            }
            foldedTexts = folded;
        }
        return foldedTexts.contains(new Everywhere(cabletag.core.text.TextSearch.folded(text), label));
    }

    /** Whether any suggestion is rejected at a place: else no cable's key need be worked out for them. */
    public synchronized boolean hasPlaces() {
        return !places.isEmpty();
    }

    /** The places kept under this key now. */
    synchronized List<AtPlace> at(String key) {
        Set<AtPlace> kept = places.get(key);
        return kept == null ? List.of() : List.copyOf(kept);
    }

    /** Every place as first read, by store key: where {@link RejectedCablesGone} finds cables no longer at their place. */
    Map<String, List<AtPlace>> asFirstRead() {
        return firstRead;
    }

    /** The places that were kept under this key when the file was read (those of a cable moved since). */
    List<AtPlace> firstAt(String key) {
        List<AtPlace> kept = firstRead.get(key);
        return kept == null ? List.of() : kept;
    }

    public synchronized Set<AtPlace> places() {
        Set<AtPlace> all = new LinkedHashSet<>();
        places.values().forEach(all::addAll);
        return Set.copyOf(all);
    }

    public synchronized Set<Everywhere> texts() {
        return Set.copyOf(texts);
    }

    /** Adds and removes rejections, then saves. Returns whether anything changed. */
    public synchronized boolean change(List<AtPlace> addPlaces, List<AtPlace> removePlaces,
                                       List<Everywhere> addTexts, List<Everywhere> removeTexts) throws IOException {
        boolean changed = false;
        for (AtPlace place : addPlaces) {
            changed |= add(place);
        }
        for (AtPlace place : removePlaces) {
            changed |= remove(place);
        }
        changed |= texts.addAll(addTexts) | texts.removeAll(removeTexts);
        foldedTexts = null;
        if (changed) {
            save();
        }
        return changed;
    }

    /**
     * Adds these places and saves, as part of an edit that must not be refused for it (a deletion): returns those that
     * were not kept yet, the ones the edit's undo is to take away again (one kept already stays: an earlier step's).
     * When the file cannot be written they apply in this session, and that is named in {@link #problems()}.
     */
    public synchronized List<AtPlace> addDuringEdit(List<AtPlace> add) {
        List<AtPlace> fresh = new ArrayList<>();
        for (AtPlace place : add) {
            if (add(place)) {
                fresh.add(place);
            }
        }
        if (!fresh.isEmpty()) {
            saveDuringEdit();
        }
        return fresh;
    }

    /** Takes away places {@link #addDuringEdit} added (the edit is undone), and saves as it does. */
    public synchronized void removeDuringEdit(List<AtPlace> remove) {
        boolean changed = false;
        for (AtPlace place : remove) {
            changed |= remove(place);
        }
        if (changed) {
            saveDuringEdit();
        }
    }

    /** Why the last save {@link #addDuringEdit} or {@link #removeDuringEdit} made failed, in a short line; null when it did not. */
    private String lastEditSaveFailure;
    /**
     * Why a change is in this session only, in a short line ("FILE cannot be written (REASON)"): a save during an edit
     * failed, and none was written since; null when every change is in the file.
     */
    private String notWrittenBecause;

    /**
     * Writes what a failed save during an edit left in this session only (Ctrl+S, and before the window lets go of
     * it): null when all is kept (or nothing was left), else {@link #notWrittenBecause()}.
     */
    public synchronized String saveWhatIsNotWritten() {
        if (notWrittenBecause != null) {
            try {
                save();
            } catch (IOException e) {
                notWrittenBecause = cannotBeWritten(e);
            }
        }
        return notWrittenBecause;
    }

    /** Why a change is in this session only, as the last write found; null when every change is in the file. */
    public synchronized String notWrittenBecause() {
        return notWrittenBecause;
    }

    private String cannotBeWritten(IOException e) {
        return file + " cannot be written (" + cabletag.formats.io.IoReason.describe(e) + ")";
    }

    /** The short line of the last such save's failure, for the edit's status line; null when it was written. */
    public synchronized String lastEditSaveFailure() {
        return lastEditSaveFailure;
    }

    private void saveDuringEdit() {
        lastEditSaveFailure = null;
        try {
            save();
        } catch (IOException e) {
            String problem = file + ": the places where entities were deleted could not be saved ("
                    + cabletag.formats.io.IoReason.describe(e) + "); no suggestion comes back there in this session, but may"
                    + " in the next.";
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
            notWrittenBecause = cannotBeWritten(e);
            lastEditSaveFailure = "Not kept for the next session: " + notWrittenBecause;
        }
    }

    /**
     * Keeps a cable's places as {@link RejectedPlaces} found them on it now: those it placed under the cable's key and
     * over its text now, in place of those kept elsewhere or over another text, and without those it could not place.
     * When some are left out, the file as it was is copied first beside it ({@code rejected.json.before-reapply-<time>.bak}),
     * as the store keeps a cable's corrections before it stores them anew without some; the copy is returned (else null).
     */
    synchronized Path follow(RejectedPlaces placed) throws IOException {
        Path copy = null;
        if (!placed.left().isEmpty() && file != null && !damaged && Files.exists(file)) {
            copy = file.resolveSibling(FILE + ".before-reapply-" + Instant.now().toEpochMilli() + ".bak");
            AtomicFile.write(copy, Files.readAllBytes(file));
        }
        change(placed.kept(), placed.replaced(), List.of(), List.of());
        return copy;
    }

    private boolean add(AtPlace place) {
        return places.computeIfAbsent(place.key(), key -> new LinkedHashSet<>()).add(place);
    }

    private boolean remove(AtPlace place) {
        Set<AtPlace> kept = places.get(place.key());
        if (kept == null || !kept.remove(place)) {
            return false;
        }
        if (kept.isEmpty()) {
            places.remove(place.key());
        }
        return true;
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
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode placeArray = root.putArray("places");
        for (Set<AtPlace> kept : places.values()) {
            for (AtPlace place : kept) {
                ObjectNode written = placeArray.addObject().put("key", place.key()).put("start", place.start()).put("end", place.end())
                        .put("label", place.label().name()).put("text", place.text());
                if (place.sourceSha256() != null) {
                    // fields an earlier cabletag reads past: the format stays version 1
                    written.put(SOURCE_SHA256, place.sourceSha256()).put(READING_GENERATION, place.readingGeneration());
                }
                if (place.deleted()) {
                    written.put(DELETED, true);
                }
            }
        }
        ArrayNode textArray = root.putArray("texts");
        for (Everywhere text : texts) {
            textArray.addObject().put("text", text.text()).put("label", text.label().name());
        }
        AtomicFile.write(file, Json.MAPPER.writeValueAsBytes(root));
        notWrittenBecause = null; // every place and text of this session is in the file now
    }
}
