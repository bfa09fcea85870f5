package cabletag.workspace;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What one cable's store file holds (format version 2), kept apart from the live model so either can
 * change without the other. Unknown fields are ignored so a newer cabletag's files still open.
 *
 * @param version      store format version, {@link CorrectionFiles#CURRENT_VERSION}
 * @param document     the document's source name (path in the corpus, '/' separators)
 * @param id           the document's id, to tell apart documents sharing one file
 * @param sourceSha256 SHA-256 of the source text the offsets refer to
 * @param status       review status name
 * @param removed      entities as read from the source that the analyst took away (or changed)
 * @param added        entities the analyst put in (new, or the changed versions)
 * @param savedAt      ISO-8601 instant of the write, for people reading the file
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"version", "document", "id", "sourceSha256", "status", "removed", "added", "savedAt"})
record CableCorrectionDto(int version, String document, String id, String sourceSha256, String status,
                          List<SpanDto> removed, List<SpanDto> added, String savedAt) {

    /** A span with the text it covered, so it can be found again if the source changes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"start", "end", "label", "text"})
    record SpanDto(int start, int end, String label, String text) { }
}
