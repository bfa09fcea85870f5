package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.formats.inline.CableWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The corrected cables in their own format, through the lossless {@link CableWriter}: an unedited
 * cable comes out byte-identical, each under its relative name. Each cable is read back before it is
 * written; one that would read back differently is not written and is reported.
 */
final class InlineWriter implements DocumentWriter {

    private static final cabletag.formats.CorpusReader READER = cabletag.formats.CorpusReader.standard();

    private final Outputs outputs;
    private final FolderNames names = new FolderNames(OutputStaging.FOLDER_MARKER); // the marker is the export's own
    private final CableWriter writer = new CableWriter();
    /** Why a cable written is not under the name it asked for, one note each. */
    private final java.util.List<String> notes = new java.util.ArrayList<>();

    InlineWriter(Outputs outputs) {
        this.outputs = outputs;
    }

    /**
     * @throws CableNotWrittenException when the cable, written, would not read back with the same clean
     *                                  text and entities; then no file is opened for it
     */
    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        Document document = aligned.document();
        // Named first, also when it is not written: its id is taken in the jsonl export of the same inputs, so
        // every later cable's name stays the id jsonl gives it, and the folder reads back with the same ids.
        FolderNames.Named named = names.inlineName(document);
        String name = named.name();
        // A dataset file holds many documents: its name alone would not say which one.
        String shown = document.source().format() == SourceFormat.INLINE ? document.source().shown() : DocumentWriter.shownKey(document);
        // a label that is a tag (O, stored by an earlier cabletag) would be written [O …], which reads back as text
        java.util.Optional<String> tagLabelled = TagLabelledEntity.whyNotWritten(document);
        if (tagLabelled.isPresent()) {
            throw new CableNotWrittenException(tagLabelled.get());
        }
        int nul = document.text().indexOf('\0');
        if (nul >= 0) {
            // A dataset's text may hold a NUL; a cable file cannot carry one: wherever it is, the next reading
            // skips the file as binary (in its first 8 KiB) or reads the NUL as U+FFFD (further on).
            throw new CableNotWrittenException(shown + ": not written: its text holds a NUL character (" + place(document.text(), nul)
                    + "), which a cable file cannot carry: read back, the file would be skipped as binary or the NUL read as U+FFFD");
        }
        CableWriter.Checked checked = writer.writeChecked(document);
        if (!checked.readsBack()) {
            throw new CableNotWrittenException(shown + ": not written: " + checked.problem());
        }
        // a text opening with -DOCSTART- would be taken for CoNLL by the next reading, whatever its name
        String notACable = READER.whyNotReadAsCable(java.nio.file.Path.of(name), checked.bytes());
        if (notACable != null) {
            throw new CableNotWrittenException(DocumentWriter.shownKey(aligned.document()) + ": not written: as " + name
                    + " it would be " + notACable);
        }
        try (OutputStream out = outputs.file(part, name)) {
            out.write(checked.bytes());
        }
        notes.addAll(named.notes());
    }

    /** "clean text line L, column C" of a place in the text, the column in code points, as the other problems say it. */
    static String place(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return "clean text line " + line + ", column " + (text.codePointCount(lineStart, at) + 1);
    }

    @Override
    public java.util.List<String> notes() {
        return java.util.List.copyOf(notes);
    }
}
