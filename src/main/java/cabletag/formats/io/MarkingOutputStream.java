package cabletag.formats.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The stream of a file cabletag writes for the user: takes the {@link ContentFingerprint} of the bytes as
 * they pass and, when closed, gives the file its {@link ExportMark}, so that the next writer can tell
 * whether anyone changed it since. Summing as the bytes pass spares reading the file once more.
 */
public final class MarkingOutputStream extends FilterOutputStream {

    private final Path file;
    private final String name;
    private final ContentFingerprint.Tally tally = new ContentFingerprint.Tally();
    private boolean closed;

    /**
     * @param out  the file's stream
     * @param file the file, to mark when closed
     * @param name the name it will have once in place (the mark records it)
     */
    public MarkingOutputStream(OutputStream out, Path file, String name) {
        super(out);
        this.file = file;
        this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        tally.add(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        tally.add(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.flush();
        } finally {
            out.close();
        }
        ExportMark.mark(file, name, tally.result());
    }
}
