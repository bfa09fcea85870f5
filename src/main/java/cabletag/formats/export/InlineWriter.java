package cabletag.formats.export;

import cabletag.formats.inline.CableWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The corrected cables in their own format, through the lossless {@link CableWriter}: an unedited
 * cable comes out byte-identical, each under its relative name.
 */
final class InlineWriter implements DocumentWriter {

    private final Outputs outputs;
    private final FolderNames names = new FolderNames();
    private final CableWriter writer = new CableWriter();

    InlineWriter(Outputs outputs) {
        this.outputs = outputs;
    }

    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        try (OutputStream out = outputs.file(part, names.inlineName(aligned.document()))) {
            out.write(writer.write(aligned.document()));
        }
    }
}
