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

    InlineWriter(Outputs outputs) {
        this.outputs = outputs;
    }

    /**
     * @throws CableNotWrittenException when the cable, written, would not read back with the same clean
     *                                  text and entities; then no file is opened for it
     */
    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        CableWriter.Checked checked = writer.writeChecked(aligned.document());
        if (!checked.readsBack()) {
            Document document = aligned.document();
            // A dataset file holds many documents: its name alone would not say which one.
            String name = document.source().format() == SourceFormat.INLINE ? document.source().shown() : DocumentWriter.shownKey(document);
            throw new CableNotWrittenException(name + ": not written: " + checked.problem());
        }
        String name = names.inlineName(aligned.document());
        // a text opening with -DOCSTART- would be taken for CoNLL by the next reading, whatever its name; a
        // text with a NUL in it (a dataset's text may hold one) would be skipped as a binary file
        String notACable = READER.whyNotReadAsCable(java.nio.file.Path.of(name), checked.bytes());
        if (notACable != null) {
            throw new CableNotWrittenException(DocumentWriter.shownKey(aligned.document()) + ": not written: as " + name
                    + " it would be " + notACable);
        }
        try (OutputStream out = outputs.file(part, name)) {
            out.write(checked.bytes());
        }
    }

    @Override
    public java.util.List<String> notes() {
        return names.clashes();
    }
}
