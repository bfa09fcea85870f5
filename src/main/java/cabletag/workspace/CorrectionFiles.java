package cabletag.workspace;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.io.AtomicFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The store folder of one workspace: {@code workspace.json} naming the inputs, and one small JSON file
 * per corrected cable under {@code cables/}, so an edit rewrites a few hundred bytes whatever the
 * corpus size. Reads migrate older format versions; every write is atomic.
 */
final class CorrectionFiles {

    static final int CURRENT_VERSION = 2;
    static final String MANIFEST = "workspace.json";
    static final String CABLES = "cables";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    CorrectionFiles(Path workspaceDir) {
        this.dir = workspaceDir;
    }

    Path dir() {
        return dir;
    }

    Path cablesDir() {
        return dir.resolve(CABLES);
    }

    /** A readable, file-system-safe name plus a hash of the key, so names never collide. */
    Path fileFor(String key) {
        String readable = key.replaceAll("[^A-Za-z0-9._-]+", "_");
        if (readable.length() > 60) {
            readable = readable.substring(readable.length() - 60);
        }
        return cablesDir().resolve(readable + "-" + Hashes.sha256Hex(key).substring(0, 12) + ".json");
    }

    boolean exists() {
        return Files.isDirectory(cablesDir());
    }

    /** Every stored cable; files that cannot be read are reported in {@code problems} and left alone. */
    List<StoredCorrection> readAll(List<String> problems) throws IOException {
        if (!exists()) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(cablesDir(), "*.json")) {
            stream.forEach(files::add);
        }
        Collections.sort(files);
        removeStaleTempFiles();
        List<StoredCorrection> result = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().forEach(file -> {
            try {
                result.add(read(file));
            } catch (IOException | RuntimeException e) {
                failures.add("Stored corrections in " + file + " could not be read and were left as they are: "
                        + e.getMessage());
            }
        });
        Collections.sort(failures);
        problems.addAll(failures);
        List<StoredCorrection> sorted = new ArrayList<>(result);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        return sorted;
    }

    /** Temp files a killed process left behind; an hour old, so no live writer can still own them. */
    private void removeStaleTempFiles() {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(cablesDir(), ".*.tmp")) {
            for (Path temp : stream) {
                if (Files.getLastModifiedTime(temp).toMillis() < hourAgo) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            // leftovers cost a little disk space, nothing else
        }
    }

    static StoredCorrection read(Path file) throws IOException {
        StoredCorrection read = parse(Files.readAllBytes(file));
        return new StoredCorrection(read.document(), read.id(), read.sourceSha256(), read.status(),
                read.removed(), read.added(), file);
    }

    static StoredCorrection parse(byte[] bytes) throws IOException {
        JsonNode tree = JSON.readTree(bytes);
        if (!(tree instanceof ObjectNode object)) {
            throw new IOException("not a cabletag correction file (no JSON object)");
        }
        CableCorrectionDto dto = JSON.treeToValue(migrate(object), CableCorrectionDto.class);
        return fromDto(dto);
    }

    /**
     * Brings an older file up to the current version. Version 1 (the first prototype) stored a
     * {@code reviewed} flag instead of a status, {@code sha256} instead of {@code sourceSha256}, no
     * document id, and spans as {@code [start, end, "LABEL"]} arrays without their text.
     */
    static ObjectNode migrate(ObjectNode file) throws IOException {
        int version = file.path("version").asInt(0);
        if (version < 1) {
            throw new IOException("not a cabletag correction file (no \"version\")");
        }
        if (version == 1) {
            ObjectNode migrated = file.deepCopy();
            migrated.put("version", 2);
            if (migrated.has("sha256")) {
                migrated.set("sourceSha256", migrated.remove("sha256"));
            }
            boolean reviewed = migrated.path("reviewed").asBoolean(false);
            migrated.remove("reviewed");
            migrated.put("status", reviewed ? ReviewStatus.REVIEWED.name() : ReviewStatus.IN_PROGRESS.name());
            for (String list : List.of("removed", "added")) {
                ArrayNode spans = migrated.putArray(list + "V2");
                for (JsonNode triple : file.path(list)) {
                    ObjectNode span = spans.addObject();
                    span.put("start", triple.path(0).asInt());
                    span.put("end", triple.path(1).asInt());
                    span.put("label", triple.path(2).asText());
                }
                migrated.set(list, migrated.remove(list + "V2"));
            }
            return migrated;
        }
        return file; // current, or newer: read what this version understands
    }

    void write(StoredCorrection correction) throws IOException {
        AtomicFile.write(fileFor(correction.key()), JSON.writeValueAsBytes(toDto(correction)));
    }

    void delete(String key) throws IOException {
        Files.deleteIfExists(fileFor(key));
    }

    /** Keeps a copy of a cable's file before it is rewritten for a changed source: nothing is lost. */
    Path keepCopy(Path file, String reason) throws IOException {
        Path copy = file.resolveSibling(file.getFileName() + "." + reason + "-" + Instant.now().toEpochMilli() + ".bak");
        try {
            AtomicFile.write(copy, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        }
        return copy;
    }

    void writeManifestIfMissing(List<Path> inputs) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (Files.exists(manifest)) {
            return;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("version", CURRENT_VERSION);
        ArrayNode list = node.putArray("inputs");
        StoreLocation.canonicalInputs(inputs).forEach(list::add);
        node.put("createdAt", Instant.now().toString());
        AtomicFile.write(manifest, JSON.writeValueAsBytes(node));
    }

    static byte[] toJson(StoredCorrection correction) {
        try {
            return JSON.writeValueAsBytes(toDto(correction));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CableCorrectionDto toDto(StoredCorrection correction) {
        return new CableCorrectionDto(CURRENT_VERSION, correction.document(), correction.id(), correction.sourceSha256(),
                correction.status().name(), toDtos(correction.removed()), toDtos(correction.added()), Instant.now().toString());
    }

    private static List<CableCorrectionDto.SpanDto> toDtos(List<StoredSpan> spans) {
        List<CableCorrectionDto.SpanDto> dtos = new ArrayList<>(spans.size());
        for (StoredSpan stored : spans) {
            Span span = stored.span();
            dtos.add(new CableCorrectionDto.SpanDto(span.start(), span.end(), span.label().name(), stored.text()));
        }
        return dtos;
    }

    private static StoredCorrection fromDto(CableCorrectionDto dto) throws IOException {
        if (dto.document() == null) {
            throw new IOException("the file names no document");
        }
        ReviewStatus status;
        try {
            status = dto.status() == null ? ReviewStatus.IN_PROGRESS : ReviewStatus.valueOf(dto.status().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown review status \"" + dto.status() + "\"", e);
        }
        return new StoredCorrection(dto.document(), dto.id(), dto.sourceSha256(), status,
                fromDtos(dto.removed()), fromDtos(dto.added()));
    }

    private static List<StoredSpan> fromDtos(List<CableCorrectionDto.SpanDto> dtos) throws IOException {
        if (dtos == null) {
            return List.of();
        }
        List<StoredSpan> spans = new ArrayList<>(dtos.size());
        for (CableCorrectionDto.SpanDto dto : dtos) {
            try {
                spans.add(new StoredSpan(new Span(dto.start(), dto.end(), Label.of(dto.label())), dto.text()));
            } catch (IllegalArgumentException e) {
                throw new IOException("a stored span is not valid: " + e.getMessage(), e);
            }
        }
        return spans;
    }
}
