package cabletag.formats.export;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The one export implementation behind the window's export dialog and the {@code export} command.
 * Streams: one document is in memory at a time (plus what the caller's source holds), so a corpus
 * larger than memory exports. Writes into a staging folder beside the target and replaces the old
 * outputs with the new ones as one set at the end ({@link cabletag.formats.io.OutputSet}), so a failed,
 * cancelled or killed export leaves the target all old or all new. JavaFX-free;
 * call it from a background thread and marshal progress to the UI yourself.
 */
public final class Exporter {

    /** Problem lines kept in the summary; a pathological corpus must not fill memory with messages. */
    static final int MAX_PROBLEMS = 10_000;

    private final ExportOptions options;
    private final TokenAligner aligner = new TokenAligner();

    public Exporter(ExportOptions options) {
        this.options = options;
    }

    /**
     * Exports the documents the options' scope accepts.
     *
     * @param source    documents, read lazily; corrections must already be applied
     * @param target    a file (jsonl, conll, hf, doccano), a folder (brat, inline) or a stream (file formats, no split)
     * @param progress  called after each document
     * @param cancelled polled before each document; when it turns true nothing is written
     * @throws IOException when the target cannot be written (then nothing was written either)
     */
    public ExportSummary export(ExportSource source, ExportTarget target, ExportProgress progress,
                                BooleanSupplier cancelled) throws IOException {
        ExportFormat format = options.format();
        if (target.isStream() && format.writesFolder()) {
            throw new IllegalArgumentException(format.cliName() + " writes a folder, not a stream");
        }
        if (target.isStream() && options.split() != null) {
            throw new IllegalArgumentException("a split writes three outputs, not a stream");
        }
        Tally tally = new Tally();
        tally.countsWords = format.carriesNested();
        try (Outputs outputs = new Outputs(target, format.writesFolder(), options.protectedPaths())) {
            DocumentWriter writer = writerFor(format, outputs);
            outputs.prepare(options.split() == null ? java.util.Collections.singletonList(null)
                    : List.of(SplitRatios.Part.values()));
            Iterator<Document> documents = source.documents();
            long expected = source.expectedSize();
            long done = 0;
            while (documents.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    return tally.summary(List.of(), source.problems(), true);
                }
                Document document = documents.next();
                done++;
                if (options.scope().test(document)) {
                    exportOne(document, writer, tally);
                } else {
                    tally.skipped++;
                }
                progress.update(done, expected, document.source().name());
            }
            if (cancelled.getAsBoolean()) {
                return tally.summary(List.of(), source.problems(), true);
            }
            writer.finish();
            List<java.nio.file.Path> files = outputs.commit();
            for (String note : outputs.notes()) {
                tally.problem(ExportSummary.NOTE + note);
            }
            tally.tagNames = writer.tagNames();
            return tally.summary(files, source.problems(), false);
        }
    }

    private void exportOne(Document document, DocumentWriter writer, Tally tally) throws IOException {
        Document mapped = document;
        try {
            mapped = document.withSpans(options.labels().apply(document.spans()));
        } catch (SpanConflictException e) {
            tally.problem(document.source().name() + ": label mapping left conflicting entities: " + e.getMessage());
        }
        boolean tokens = options.format().isTokenBased();
        AlignedDocument aligned = tokens ? aligner.align(mapped) : AlignedDocument.spansOnly(mapped);
        SplitRatios.Part part = options.split() == null ? null : options.split().partOf(DocumentWriter.key(mapped));
        try {
            writer.write(aligned, part);
        } catch (CableNotWrittenException e) {
            tally.notWritten++;
            tally.problem(e.getMessage());
            return;
        }
        tally.add(aligned, part, options.format().carriesNested());
    }

    private DocumentWriter writerFor(ExportFormat format, Outputs outputs) {
        switch (format) {
            case JSONL:
                return new JsonlWriter(outputs);
            case CONLL:
                return new ConllWriter(outputs, options.scheme());
            case HF:
                return new HfWriter(outputs, options.scheme());
            case BRAT:
                return new BratWriter(outputs);
            case DOCCANO:
                return new DoccanoWriter(outputs);
            case INLINE:
                return new InlineWriter(outputs);
            default:
                throw new IllegalStateException("no writer for " + format);
        }
    }

    /** Counts for the summary. */
    private static final class Tally {
        boolean countsWords;
        long cables;
        long skipped;
        long sentences;
        long tokens;
        long characters;
        long nestedDropped;
        long notWritten;
        long problemCount;
        final Map<String, Long> entities = new TreeMap<>();
        final Map<String, Long> parts = new TreeMap<>();
        final List<String> problems = new ArrayList<>();
        List<String> tagNames = List.of();

        void add(AlignedDocument aligned, SplitRatios.Part part, boolean nested) {
            Document document = aligned.document();
            cables++;
            sentences += aligned.sentenceCount();
            tokens += nested ? wordCount(document.text()) : aligned.tokenCount();
            characters += document.text().codePointCount(0, document.text().length());
            if (part != null) {
                parts.merge(part.fileTag(), 1L, Long::sum);
            }
            SpanSet spans = document.spans();
            List<Span> carried = nested ? spans : spans.outermost();
            for (Span span : carried) {
                if (nested || !aligned.lost().contains(span)) {
                    entities.merge(span.label().name(), 1L, Long::sum);
                }
            }
            if (!nested) {
                nestedDropped += aligned.nestedDropped().size();
                for (Span span : aligned.lost()) {
                    problem(document.source().name() + ": entity " + span.label() + " '" + document.textOf(span)
                            + "' covers no token and is not in this format");
                }
            }
            for (Diagnostic diagnostic : document.diagnostics()) {
                if (diagnostic.severity() != Diagnostic.Severity.INFO) {
                    problem(diagnostic.format(document.source().name()));
                }
            }
        }

        /** White-space separated words: the token count of formats that carry no tokens. */
        static long wordCount(String text) {
            long words = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || Character.isWhitespace(c);
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
            }
            return words;
        }

        void problem(String line) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(line);
            }
        }

        ExportSummary summary(List<java.nio.file.Path> files, List<String> sourceProblems, boolean cancelled) {
            List<String> all = new ArrayList<>(sourceProblems);
            all.addAll(problems);
            if (problemCount > problems.size()) {
                all.add("... and " + (problemCount - problems.size()) + " more problems");
            }
            return new ExportSummary(cables, skipped, sentences, tokens, characters, entities, nestedDropped,
                    parts, files, all, cancelled, countsWords, cancelled ? List.of() : tagNames, notWritten);
        }
    }
}
