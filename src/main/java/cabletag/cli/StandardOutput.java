package cabletag.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Standard output for the commands: a PrintStream like {@code System.out}, which also keeps the first
 * IOException a write met. A PrintStream swallows its IOExceptions and keeps only a flag
 * ({@link PrintStream#checkError()}); without the exception a full disk, a closed pipe and a closed
 * descriptor would all read "an error", so the recorder sits under the PrintStream and keeps the reason.
 *
 * <p>The commands take any PrintStream (the tests give theirs); {@link #check}, {@link #failureLine} and
 * {@link #failingLoudly} work on any, and name the reason when the stream is one of these.
 */
final class StandardOutput extends PrintStream {

    private final FailureRecorder recorder;

    private StandardOutput(FailureRecorder recorder, Charset charset, boolean terminal) {
        // On a terminal, autoflush as System.out: each line shows when printed, between the lines on standard
        // error. Into a pipe or a file, a block at a time, as other tools write there: a short result (stats)
        // then goes in one write, before a reader that stops early (grep -q) has gone; written a line at a
        // time, its later lines met a closed pipe, and the command ended with "broken pipe" and exit 1.
        super(new BufferedOutputStream(recorder, terminal ? 8192 : 1 << 16), terminal, charset);
        this.recorder = recorder;
    }

    /** The process's standard output, in the charset System.out would use, so its bytes are System.out's. */
    static StandardOutput open() {
        return new StandardOutput(new FailureRecorder(new FileOutputStream(FileDescriptor.out)), systemOutCharset(),
                System.console() != null);
    }

    /** A standard output over {@code stream} that flushes every line, as on a terminal (the tests' failing streams). */
    static StandardOutput over(OutputStream stream, Charset charset) {
        return new StandardOutput(new FailureRecorder(stream), charset, true);
    }

    /** A standard output over {@code stream} that writes a block at a time, as into a pipe or a file. */
    static StandardOutput buffered(OutputStream stream, Charset charset) {
        return new StandardOutput(new FailureRecorder(stream), charset, false);
    }

    /**
     * The charset the JDK gives System.out: {@code stdout.encoding} from Java 19, {@code sun.stdout.encoding}
     * before (set for a console only), otherwise the default charset.
     */
    private static Charset systemOutCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalArgumentException e) {
            // an illegal name: as the JDK does, the default
        }
        return Charset.defaultCharset();
    }

    /**
     * Throws {@link OutputFailedException} when a write to {@code out} has failed; flushes it first, so
     * what was printed so far has been tried. Commands that print as they read call it after each cable,
     * so a closed pipe stops the reading, not only the printing.
     */
    static void check(PrintStream out) {
        if (out.checkError()) {
            throw new OutputFailedException(failureLine(out));
        }
    }

    /**
     * The line for a failed write to {@code out}, after the command's name: "cannot write to standard
     * output: No space left on device", "standard output was closed (broken pipe)".
     */
    static String failureLine(PrintStream out) {
        IOException failure = out instanceof StandardOutput standard ? standard.recorder.failure : null;
        String message = failure == null || failure.getMessage() == null ? null : failure.getMessage();
        if (message == null) {
            return "cannot write to standard output (the stream reported an error)";
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("broken pipe")) {
            return "standard output was closed (broken pipe)";
        }
        if (lower.contains("bad file descriptor") || lower.contains("stream closed")) {
            return "standard output is not open (" + lower + ")";
        }
        return "cannot write to standard output: " + message;
    }

    /**
     * {@code out} as a stream whose writes throw when they fail, for the bytes of an export: its writer
     * then stops at the first failed write, where a PrintStream would carry on through every cable.
     */
    static OutputStream failingLoudly(PrintStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                checked();
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                checked();
            }

            @Override
            public void flush() throws IOException {
                checked(); // flushes
            }

            private void checked() throws IOException {
                if (out.checkError()) {
                    throw new WriteFailed(failureLine(out));
                }
            }
        };
    }

    /** A write to standard output failed; its message is the line for standard error. */
    static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailed(String line) {
            super(line);
        }
    }

    /** Passes writes on and keeps the first IOException one of them threw (then throws it on, as before). */
    private static final class FailureRecorder extends FilterOutputStream {
        private volatile IOException failure;

        FailureRecorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
