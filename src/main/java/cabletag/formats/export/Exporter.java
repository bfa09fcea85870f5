package cabletag.formats.export;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import cabletag.core.text.Counted;
import cabletag.formats.reader.BlankEntity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
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
        if (!target.isStream()) {
            // before anything is made: a refused export writes nothing anywhere (no staging, no folder lock)
            ExportTargetCheck.check(target.path(), format, options.split(), cabletag.formats.io.InputGuard.of(options.protectedPaths()));
            OutputsReadAsInputs.check(target.path(), format, options.split() != null, source.listedFiles());
        }
        List<String> nothing = source.inputsThatGaveNothing();
        if (!nothing.isEmpty()) {
            // as cabletag export stops for the same inputs: an empty export would replace the earlier one
            throw new java.io.IOException(String.join("; ", nothing) + "; nothing is exported (an earlier output stays as it was)");
        }
        List<String> changed = source.filesChangedSinceRead();
        if (!changed.isEmpty()) {
            // what was read of them is not what the files hold now, which cabletag export would write
            throw new java.io.IOException(String.join("; ", changed)
                    + "; nothing is exported: open the folder again to read them as they are now");
        }
        List<SplitRatios.Part> parts = options.split() == null ? java.util.Collections.singletonList(null)
                : List.of(SplitRatios.Part.values());
        try (Outputs outputs = new Outputs(target, format, options.protectedPaths(), parts)) {
            DocumentWriter writer = writerFor(format, outputs);
            // Everything that needs only its own document (label mapping, tokens, the format's bytes, the
            // summary's counts) is done by the source, on its reading threads when it has them; what needs
            // the order (ids, writing, the summary) is done here, one document after another.
            DocumentWriter rendering = writer;
            // the labels of the documents as read, before the label options: to tell which option named none
            Set<cabletag.core.Label> labelsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Iterator<Prepared> documents = source.documents(document -> prepare(document, rendering, labelsSeen));
            long expected = source.expectedSize();
            long done = 0;
            while (documents.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    return tally.summary(List.of(), source.problems(), true);
                }
                Prepared prepared;
                try {
                    prepared = documents.next();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                Document document = prepared.document();
                done++;
                if (options.scope().test(document)) {
                    writeOne(prepared, writer, tally);
                } else {
                    tally.skipped++;
                }
                progress.update(done, expected, document.source().name());
            }
            if (cancelled.getAsBoolean()) {
                return tally.summary(List.of(), source.problems(), true);
            }
            writer.finish();
            for (String note : writer.notes()) {
                tally.problem(ExportSummary.NOTE + note);
            }
            List<java.nio.file.Path> files = outputs.commit();
            for (String note : outputs.notes()) {
                // a note names paths, and a name may hold a line break: escaped, a note stays one line
                tally.problem(ExportSummary.NOTE + cabletag.core.ShownName.of(note));
            }
            for (cabletag.core.Label label : options.labels().namedButNotIn(labelsSeen)) {
                tally.problem(ExportSummary.NOTE + "the label options name " + label
                        + ", which no cable read has; check the spelling (cabletag stats lists the cables' labels)");
            }
            tally.tagNames = writer.tagNames();
            return tally.summary(files, source.problems(), false);
        }
    }

    /**
     * One document made ready to write: what it gives the summary and, for the formats that can,
     * its bytes.
     *
     * @param document       the document as read (the scope decides by it)
     * @param aligned        with the label mapping applied, cut into tokens for the token formats
     * @param part           its split part, or null
     * @param mappingProblem what the label mapping could not do, or null
     * @param notWritten     why the document is not written at all, or null
     * @param rendered       the writer's bytes for it ({@link DocumentWriter#render}), or null
     * @param counts         what it adds to the summary
     */
    private record Prepared(Document document, AlignedDocument aligned, SplitRatios.Part part, String mappingProblem,
                            String notWritten, byte[] rendered, Counts counts) { }

    /** Runs on the source's threads, several documents at once: uses nothing but the document and the options. */
    private Prepared prepare(Document document, DocumentWriter writer, Set<cabletag.core.Label> labelsSeen) {
        if (!options.labels().isIdentity()) { // (not the scope: --reviewed-only's scope answers once per document)
            for (cabletag.core.Span span : document.spans()) {
                labelsSeen.add(span.label());
            }
        }
        Document mapped = document;
        String mappingProblem = null;
        try {
            mapped = document.withSpans(options.labels().apply(document.spans()));
        } catch (SpanConflictException e) {
            mappingProblem = document.source().shown() + ": label mapping left conflicting entities: " + e.getMessage();
        }
        boolean tokens = options.format().isTokenBased();
        // the token formats would write B-O (the inline writer says it of [O …] itself, once the cable is named)
        String notWritten = tokens ? TagLabelledEntity.whyNotWritten(mapped).orElse(null) : null;
        if (notWritten != null) {
            AlignedDocument unwritten = AlignedDocument.spansOnly(mapped);
            return new Prepared(document, unwritten, null, mappingProblem, notWritten, null, Counts.of(unwritten, false, List.of()));
        }
        AlignedDocument aligned = tokens ? aligner.align(mapped) : AlignedDocument.spansOnly(mapped);
        SplitRatios.Part part = options.split() == null ? null : options.split().partOf(DocumentWriter.key(mapped));
        byte[] rendered;
        try {
            rendered = writer.render(aligned);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Diagnostic> ofFormat = options.format() == ExportFormat.CONLL ? DocstartTokens.of(aligned) : List.of();
        return new Prepared(document, aligned, part, mappingProblem, null, rendered,
                Counts.of(aligned, options.format().carriesNested(), ofFormat));
    }

    private void writeOne(Prepared prepared, DocumentWriter writer, Tally tally) throws IOException {
        if (prepared.mappingProblem() != null) {
            tally.problem(prepared.mappingProblem());
        }
        if (prepared.notWritten() != null) {
            tally.notWritten++;
            tally.problem(prepared.notWritten());
            return;
        }
        try {
            if (prepared.rendered() != null) {
                writer.write(prepared.aligned(), prepared.rendered(), prepared.part());
            } else {
                writer.write(prepared.aligned(), prepared.part());
            }
        } catch (CableNotWrittenException e) {
            tally.notWritten++;
            tally.problem(e.getMessage());
            return;
        }
        tally.add(prepared.counts(), prepared.part());
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
        long notCarried;
        long problemCount;
        /** Of the problems listed, the warnings that lose data (a tag inside markup, dropped): problems in the count. */
        long lossWarnings;
        /** Past the first {@link #MAX_PROBLEMS}: the notes and the warnings that lose nothing, not listed. */
        long moreNotes;
        long moreWarnings;
        final Map<String, Long> entities = new TreeMap<>();
        final Map<String, Long> parts = new TreeMap<>();
        final List<String> problems = new ArrayList<>();
        List<String> tagNames = List.of();

        void add(Counts counts, SplitRatios.Part part) {
            cables++;
            sentences += counts.sentences();
            tokens += counts.tokens();
            characters += counts.characters();
            if (part != null) {
                parts.merge(part.fileTag(), 1L, Long::sum);
            }
            counts.entitiesByLabel().forEach((label, count) -> entities.merge(label, count, Long::sum));
            nestedDropped += counts.nestedDropped();
            notCarried += counts.notCarried();
            for (String line : counts.problems()) {
                boolean loss = counts.lossWarnings().contains(line);
                if (problem(line, loss) && loss) {
                    lossWarnings++;
                }
            }
        }

        /** Whether the line is listed (the first {@link #MAX_PROBLEMS} are). */
        boolean problem(String line) {
            return problem(line, false);
        }

        /** {@link #problem(String)}, of a line that is a warning losing data ({@code loss}) or not. */
        boolean problem(String line, boolean loss) {
            problemCount++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(line);
                return true;
            }
            if (line.startsWith(ExportSummary.NOTE)) {
                moreNotes++;
            } else if (!loss && line.contains(": warning: ")) {
                moreWarnings++;
            }
            return false;
        }

        ExportSummary summary(List<java.nio.file.Path> files, List<String> sourceProblems, boolean cancelled) {
            List<String> all = new ArrayList<>(sourceProblems);
            all.addAll(problems);
            long moreProblems = problemCount - problems.size() - moreWarnings - moreNotes;
            if (moreProblems + moreWarnings > 0) {
                all.add(ExportSummary.MORE + (moreProblems > 0 ? Counted.of(moreProblems, "more problem", "more problems") : "")
                        + (moreProblems > 0 && moreWarnings > 0 ? " and " : "")
                        + (moreWarnings > 0 ? Counted.of(moreWarnings, "more warning", "more warnings") : ""));
            }
            return new ExportSummary(cables, skipped, sentences, tokens, characters, entities, nestedDropped,
                    parts, files, all, cancelled, countsWords, cancelled ? List.of() : tagNames, notWritten, notCarried,
                    lossWarnings, moreProblems, moreWarnings);
        }
    }

    /** What one document adds to the summary, worked out on any thread. */
    private record Counts(long sentences, long tokens, long characters, Map<String, Long> entitiesByLabel,
                          long nestedDropped, long notCarried, List<String> problems, List<String> lossWarnings) {

        /** {@code ofFormat}: what the format says of the document, at places in its file. */
        static Counts of(AlignedDocument aligned, boolean nested, List<Diagnostic> ofFormat) {
            Document document = aligned.document();
            String text = document.text();
            long tokens = nested ? WordCount.of(text) : aligned.tokenCount();
            SpanSet spans = document.spans();
            List<Span> carried = nested ? spans : spans.outermost();
            // counted per label here, on the reading thread: the writing thread adds a few numbers a cable
            LabelTally labels = new LabelTally();
            for (Span span : carried) {
                if (nested || !aligned.lost().contains(span)) {
                    labels.add(span.label());
                }
            }
            List<String> problems = new ArrayList<>(0);
            List<Diagnostic> diagnostics = document.diagnostics();
            if (!nested && !aligned.lost().isEmpty()) {
                // each at the place its reading warning named it, which it stands for in this export: one line an entity
                diagnostics = new ArrayList<>(diagnostics);
                for (Span span : aligned.lost()) {
                    String label = span.label().name();
                    String covered = document.textOf(span);
                    int at = -1;
                    for (int i = 0; i < diagnostics.size() && at < 0; i++) {
                        if (BlankEntity.isWarningOf(diagnostics.get(i), label, covered)) {
                            at = i;
                        }
                    }
                    if (at >= 0) {
                        Diagnostic reading = diagnostics.get(at);
                        diagnostics.set(at, BlankEntity.notCarried(reading.line(), reading.column(), label, covered));
                    } else if (document.source().places() != null) {
                        // made by a correction on a dataset's document: where its text stands in the file
                        int[] place = cabletag.core.PlaceInFile.of(document, span.start());
                        inFileOrder(diagnostics, BlankEntity.notCarried(place[0], place[1], label, covered));
                    } else {
                        diagnostics.add(0, BlankEntity.notCarried(1, 1, label, covered)); // made by a correction: no place read
                    }
                }
            }
            if (!ofFormat.isEmpty()) {
                diagnostics = diagnostics == document.diagnostics() ? new ArrayList<>(diagnostics) : diagnostics;
                for (Diagnostic said : ofFormat) {
                    inFileOrder(diagnostics, said);
                }
            }
            List<String> lossWarnings = List.of();
            for (Diagnostic diagnostic : diagnostics) {
                if (diagnostic.severity() != Diagnostic.Severity.INFO) {
                    String line = diagnostic.format(document.source().shown());
                    problems.add(line);
                    if (diagnostic.severity() == Diagnostic.Severity.WARNING && diagnostic.losesAnnotation()) {
                        lossWarnings = lossWarnings.isEmpty() ? new ArrayList<>(1) : lossWarnings;
                        lossWarnings.add(line);
                    }
                }
            }
            return new Counts(aligned.sentenceCount(), tokens, text.codePointCount(0, text.length()), labels.byName(),
                    nested ? 0 : aligned.nestedDropped().size(), nested ? 0 : aligned.lost().size(), problems, lossWarnings);
        }

        /** Adds {@code said} before the first line about a later place: a document's problems are in its file's order. */
        private static void inFileOrder(List<Diagnostic> diagnostics, Diagnostic said) {
            int at = diagnostics.size();
            while (at > 0 && (diagnostics.get(at - 1).line() > said.line()
                    || diagnostics.get(at - 1).line() == said.line() && diagnostics.get(at - 1).column() > said.column())) {
                at--;
            }
            diagnostics.add(at, said);
        }
    }
}
