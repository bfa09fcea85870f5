package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A NUL that the binary sniff does not see (past a CoNLL file's first 8 KiB; anywhere in a brat {@code .txt}, which
 * is read as the text of its {@code .ann}) is named as a cable's or a jsonl text's is: one {@code [nul-byte]} error
 * at its place, counted as input lost (exit 1), and read as U+FFFD, so no export carries a NUL.
 */
class NulPastTheSniffTest extends WithTemporaryStore {

    private static final String[] FORMATS = {"jsonl", "conll", "hf", "doccano", "brat"};

    /** 9,100 bytes of tagged tokens, then {@code Ali<NUL>Bob B-PER} on line 1304, the NUL at column 4. */
    private Path conll() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("c"));
        StringBuilder text = new StringBuilder("-DOCSTART- O\n\n");
        for (int i = 0; i < 1300; i++) {
            text.append("Word O\n");
        }
        text.append("\nAli\0Bob B-PER\nmet O\nOm\0a\0r B-PER\n");
        assertThat(text.length()).isGreaterThan(8192 + 100);
        Files.writeString(folder.resolve("a.conll"), text);
        return folder;
    }

    /** The NUL on the .txt's line 2, column 4; the .ann (no NUL) tags the word holding it and one after. */
    private Path brat() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("b"));
        Files.writeString(folder.resolve("b.txt"), "First line.\nAli\0Bob met Omar.\n");
        Files.writeString(folder.resolve("b.ann"), "T1\tPER 12 19\tAli Bob\nT2\tPER 24 28\tOmar\n");
        return folder;
    }

    @Test
    void aNulPastTheFirst8KiBOfAConllFileIsNamedCountedAndNeverExported() throws IOException {
        Path folder = conll();

        Result check = CliTest.run("check", folder.toString());
        Result stats = CliTest.run("stats", folder.toString());

        String error = folder.resolve("a.conll") + ":1304:4: error: NUL character";
        assertThat(check.code()).as(check.out()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out()).startsWith(error).contains("it and 2 more NUL characters after it", "U+FFFD")
                .endsWith("[nul-byte]\n");
        assertThat(stats.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err()).startsWith(error);
        for (String format : FORMATS) {
            Path out = dir.resolve("out-c." + format);
            Result export = CliTest.run("export", "-q", "-f", format, "-o", out.toString(), folder.toString());
            assertThat(export.code()).as(format + ": " + export.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(export.err()).as(format).startsWith(error);
            assertNoNul(out, format);
        }
    }

    @Test
    void aNulInABratTextIsNamedAtItsLineAndColumnCountedAndNeverExported() throws IOException {
        Path folder = brat();

        Result check = CliTest.run("check", folder.toString());

        assertThat(check.code()).as(check.out()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out()).startsWith(folder.resolve("b.ann") + ":1:1: error: NUL character at b.txt:2:4 (code point 15)")
                .contains("U+FFFD", "[nul-byte]\n");
        for (String format : FORMATS) {
            Path out = dir.resolve("out-b." + format);
            Result export = CliTest.run("export", "-q", "-f", format, "-o", out.toString(), folder.toString());
            assertThat(export.code()).as(format + ": " + export.err()).isEqualTo(Cli.PROBLEMS);
            assertNoNul(out, format);
        }
        String exported = Files.readString(dir.resolve("out-b.brat").resolve("b.txt"));
        assertThat(exported).isEqualTo("First line.\nAli\uFFFDBob met Omar.\n");
    }

    private static void assertNoNul(Path out, String format) throws IOException {
        try (var files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(file)).as(format + " " + file).doesNotContain((byte) 0);
                assertThat(Files.readString(file)).as(format + " " + file).doesNotContain("\\u0000");
            }
        }
    }

    /** A NUL after a tag the line also warns of: the lines are in the file's order, the tag's column first. */
    @Test
    void aNulAfterATagThatIsWarnedOfComesAfterThatWarning() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("order"));
        StringBuilder text = new StringBuilder("-DOCSTART- O\n\n");
        for (int i = 0; i < 1300; i++) {
            text.append("Word O\n");
        }
        text.append("\nAli I-PER x\0y\n");
        Files.writeString(folder.resolve("a.conll"), text);

        Result check = CliTest.run("check", folder.toString());
        java.util.List<String> lines = check.out().lines().filter(line -> line.contains(":1304:")).toList();
        assertThat(lines).as(check.out()).hasSizeGreaterThanOrEqualTo(2);
        java.util.List<Integer> columns = lines.stream()
                .map(line -> Integer.parseInt(line.split(":")[2])).toList();
        assertThat(columns).as(check.out()).isSorted();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("[nul-byte]"));
    }
}
