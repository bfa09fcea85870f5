package cabletag.core;

import java.util.Map;

/**
 * The header fields a cable page starts with ({@code Identifier:}, {@code Origin:}, {@code Created:},
 * {@code Classification:}, {@code Tags:}, {@code Subject:}), each the empty string when the cable has
 * none. Read from a cable's clean text by {@link CableHeaderParser}, which never fails.
 */
public record CableHeader(String identifier, String origin, String created, String classification, String tags,
                          String subject) {

    /** A cable with no header fields. */
    public static final CableHeader NONE = new CableHeader("", "", "", "", "", "");

    public CableHeader {
        identifier = orEmpty(identifier);
        origin = orEmpty(origin);
        created = orEmpty(created);
        classification = orEmpty(classification);
        tags = orEmpty(tags);
        subject = orEmpty(subject);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The header of a document: its text's fields, completed by its metadata (datasets carry fields there). */
    public static CableHeader of(Document document) {
        return CableHeaderParser.parse(document.text()).orElse(document.metadata());
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Each field missing here taken from {@code metadata} (keys as {@link Document#metadata()} names them). */
    public CableHeader orElse(Map<String, MetaValue> metadata) {
        if (metadata == null || metadata.isEmpty()) {
            return this;
        }
        return new CableHeader(
                or(identifier, metadata.get("identifier")),
                or(origin, metadata.get("origin")),
                or(created, metadata.get("created")),
                or(classification, metadata.get("classification")),
                or(tags, metadata.get("tags")),
                or(subject, metadata.get("subject")));
    }

    private static String or(String value, MetaValue fallback) {
        return !value.isEmpty() || fallback == null || fallback.isNull() ? value : CableHeaderParser.tidy(fallback.text());
    }

    /**
     * The day the cable was created as {@code yyyy-mm-dd}, or only {@code yyyy} when no day can be told,
     * or the empty string: sortable and comparable as text, which is what the corpus filter does.
     */
    public String createdDay() {
        return CableHeaderParser.day(created);
    }
}
