package cabletag.formats.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset file's lines, one bad byte costing its own line only, read whole or in chunks alike. */
class TextLinesTest {

    @TempDir
    Path dir;

    /** Each line, or "BAD line:column message" for a line that is not text. */
    private static List<String> lines(TextLines in) throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            try {
                String line = in.next();
                if (line == null) {
                    return lines;
                }
                lines.add(line);
            } catch (TextLines.UndecodableLine bad) {
                lines.add("BAD " + bad.line() + ":" + bad.column() + " " + bad.getMessage());
            }
        }
    }

    private List<String> both(byte[] content) throws IOException {
        List<String> whole = lines(TextLines.of(content));
        Path file = Files.write(dir.resolve("f" + content.length), content);
        try (TextLines streamed = TextLines.open(file)) {
            assertThat(lines(streamed)).as("read in chunks").isEqualTo(whole);
        }
        return whole;
    }

    @Test
    void aBadByteIsNamedAtItsLineAndColumnAndTheOtherLinesAreRead() throws IOException {
        byte[] content = "{\"text\":\"Ali\"}\n{\"text\":\"é\"}\r\n{\"text\":\"a\u00ff b\"}\n\uFFFD ok\n"
                .getBytes(StandardCharsets.UTF_8);
        // the one-byte U+00FF of Windows-1252, where UTF-8 has two: the line's 11th character
        content = new String(content, StandardCharsets.UTF_8).replace("\u00ff", "\u0001").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 1) {
                content[i] = (byte) 0xFF;
            }
        }
        assertThat(both(content)).containsExactly("{\"text\":\"Ali\"}", "{\"text\":\"é\"}",
                "BAD 3:11 not UTF-8 text: the byte 0xFF is no UTF-8 character (0xFF is ÿ in Windows-1252: if the file was saved"
                        + " so, save it as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8)",
                "\uFFFD ok"); // a U+FFFD of the file's own is text
    }

    @Test
    void onlyALetterOrTypographicPunctuationOfWindows1252IsAHint() {
        assertThat(TextLines.windows1252((byte) 0xE9)).isEqualTo("é");
        assertThat(TextLines.windows1252((byte) 0x92)).isEqualTo("’");
        assertThat(TextLines.windows1252((byte) 0x81)).as("undefined in Windows-1252").isNull();
        assertThat(TextLines.windows1252((byte) 0xA0)).as("a no-break space says nothing of the encoding").isNull();
        assertThat(TextLines.windows1252((byte) 'a')).isNull();
    }

    @Test
    void aCharacterCutShortIsNamedWithItsBytes() throws IOException {
        byte[] content = {'a', (byte) 0xE2, (byte) 0x82, '\n', 'b'};
        assertThat(both(content)).containsExactly(
                "BAD 1:2 not UTF-8 text: the bytes 0xE2 0x82 are no UTF-8 character (a dataset is read as UTF-8, or as "
                        + "UTF-16/32 by its byte order mark: fix the byte, or save the file as UTF-8)", "b");
    }

    @Test
    void wideTextIsSplitByItsCodeUnitsAndALoneSurrogateCostsItsLine() throws IOException {
        byte[] content = {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0x0A, 0x0D, '\n', 0, 0, (byte) 0xD8, 'x', 0, '\r', 0, '\n', 0, 'C', 0};
        // line 1 "A" and U+0D0A (whose low byte is a line feed's, but is no line break); line 2 a lone surrogate
        List<String> lines = both(content);
        assertThat(lines.get(0)).isEqualTo("A\u0D0A");
        assertThat(lines.get(1)).startsWith("BAD 2:1 not UTF-16 LE text: the ");
        assertThat(lines.get(2)).isEqualTo("C");
        assertThat(lines).hasSize(3);
        assertThat(TextLines.of(content).encodingName()).isEqualTo("UTF-16 LE");
    }

    @Test
    void linesEndAsReadLineEndsThemAlsoAcrossChunksAndInLinesLongerThanAChunk() throws IOException {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("\uFEFF");
        String[] breaks = {"\n", "\r", "\r\n", "\n\n", "\r\r\n"};
        while (text.length() < 400_000) {
            int length = random.nextInt(10) == 0 ? 70_000 + random.nextInt(70_000) : random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(20) == 0 ? 'é' : random.nextInt(50) == 0 ? "\uD83D\uDE00" : (char) ('a' + random.nextInt(26)));
            }
            text.append(breaks[random.nextInt(breaks.length)]);
        }
        if (random.nextBoolean()) {
            text.append("last line without a break");
        }
        List<String> expected = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new StringReader(text.substring(1)))) {
            in.lines().forEach(expected::add);
        }
        assertThat(both(text.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
        // a CR at the end of one chunk, its LF the first byte of the next, is one line break
        byte[] crLf = ("x".repeat((64 << 10) - 2) + "\r\ny").getBytes(StandardCharsets.UTF_8);
        assertThat(both(crLf)).containsExactly("x".repeat((64 << 10) - 2), "y");
    }

    @Test
    void anEmptyFileHasNoLine() throws IOException {
        assertThat(both(new byte[0])).isEmpty();
        assertThat(both(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isEmpty();
        assertThat(both(new byte[] {'\n'})).containsExactly("");
    }
}
