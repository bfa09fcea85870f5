package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.io.FileNameEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A path on the command line that the file-name encoding cannot carry is one line and bad use, naming the
 * argument as the JVM decoded it: in an ASCII locale a UTF-8 name is no path at all; in a UTF-8 locale bytes
 * that are not UTF-8 arrive as U+FFFD, so the name is not the one typed and an output is never written
 * under it.
 */
class FileNamesOnTheCommandLineTest extends WithTemporaryStore {

    /** The end of the line about a name an ASCII locale cannot hold, whatever the system calls that encoding. */
    private static final String NOT_VALID = ": its name is not valid in the file-name encoding \\S+ "
            + "\\(run cabletag in a UTF-8 locale, e\\.g\\. LC_ALL=C\\.UTF-8, or ";

    private Path work;
    private Path corpus;

    @BeforeEach
    void aCorpus() throws IOException {
        work = Files.createDirectories(dir.resolve("work"));
        corpus = Files.createDirectories(work.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "A [PER Ann  ] .\n");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void inAnAsciiLocaleAUtf8NameOnTheCommandLineIsOneLineAndBadUseInEveryPlace() throws Exception {
        // the child gets the names as UTF-8 bytes, as a shell in a UTF-8 terminal gives them
        Assumptions.assumeTrue("UTF-8".equals(FileNameEncoding.encoding()), "the test JVM passes its arguments in UTF-8");
        Files.writeString(work.resolve("Ñ.txt"), "x [PER A  ]\n");
        assertBadUseInAsciiLocale(List.of("export", "-q", "-f", "jsonl", "-o", "ü.jsonl", "corpus"),
                "cabletag export: --output \\?+\\.jsonl" + NOT_VALID + "choose another name\\)");
        assertBadUseInAsciiLocale(List.of("export", "-q", "-f", "brat", "-o", "ü", "corpus"),
                "cabletag export: --output \\?+" + NOT_VALID + "choose another name\\)");
        assertBadUseInAsciiLocale(List.of("report", "--html", "ü.html", "corpus"),
                "cabletag report: --html \\?+\\.html" + NOT_VALID + "choose another name\\)");
        assertBadUseInAsciiLocale(List.of("stats", "Ñ.txt"), "cabletag stats: \\?+\\.txt" + NOT_VALID + "rename the file\\)");
        // second in a list of inputs, which picocli would leave over as "unmatched"
        assertBadUseInAsciiLocale(List.of("check", "corpus", "Ñ.txt"), "cabletag check: \\?+\\.txt" + NOT_VALID + "rename the file\\)");
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("corpus", "Ñ.txt", "stdout", "stderr"); // nothing written
        }
    }

    @Test
    void anOutputNamedWithBytesThatAreNotUtf8IsRefusedNotWrittenUnderAnotherName() throws IOException {
        Assumptions.assumeTrue("UTF-8".equals(FileNameEncoding.encoding()), "bytes that are not UTF-8 arrive as U+FFFD in a UTF-8 locale");
        // caf\xe9.jsonl typed in a shell reaches the JVM as caf\uFFFD.jsonl
        Path output = work.resolve("caf\uFFFD.jsonl");
        CliTest.Result export = CliTest.run("export", "-f", "jsonl", "-o", output.toString(), corpus.toString());
        export.assertBadUse("");
        assertThat(export.err().strip()).isEqualTo("cabletag export: --output " + output + ": its name has bytes that are not valid in the"
                + " file-name encoding UTF-8, so cabletag cannot write under that exact name; choose another name");
        Path page = work.resolve("caf\uFFFD.html");
        CliTest.Result report = CliTest.run("report", "--html", page.toString(), corpus.toString());
        report.assertBadUse("");
        assertThat(report.err().strip()).isEqualTo("cabletag report: --html " + page + ": its name has bytes that are not valid in the"
                + " file-name encoding UTF-8, so cabletag cannot write under that exact name; choose another name");
        CliTest.run("export", "-f", "brat", "-o", work.resolve("caf\uFFFD").toString(), corpus.toString())
                .assertBadUse("so cabletag cannot write under that exact name");
        assertThat(Files.exists(output)).isFalse();
        assertThat(Files.exists(page)).isFalse();
        assertThat(Files.exists(work.resolve("caf\uFFFD"))).isFalse();
    }

    @Test
    void anInputNamedWithBytesThatAreNotUtf8IsNamedAsSuchNotAsMissing() throws Exception {
        Assumptions.assumeTrue("UTF-8".equals(FileNameEncoding.encoding()), "bytes that are not UTF-8 arrive as U+FFFD in a UTF-8 locale");
        // a name with a Latin-1 byte: made by the shell, since Java cannot name such a file
        Process touch = new ProcessBuilder("sh", "-c", "printf 'x [PER A  ]\\n' > \"$(printf 'caf\\351.txt')\"").directory(work.toFile()).start();
        assertThat(touch.waitFor()).isZero();
        Path given = work.resolve("caf\uFFFD.txt"); // what the JVM makes of the name typed
        CliTest.Result stats = CliTest.run("stats", given.toString());
        stats.assertBadUse("");
        assertThat(stats.err().strip()).isEqualTo("cabletag stats: " + given + ": its name has bytes that are not valid in the"
                + " file-name encoding UTF-8, so cabletag cannot open it by that name; rename the file");
        // a name that is no file at all is still missing
        CliTest.run("stats", work.resolve("nothing.txt").toString()).assertBadUse("nothing.txt: no such file or folder");
    }

    @Test
    void aFileThatIsReallyNamedWithTheReplacementCharacterIsRead() throws IOException {
        Path literal = Files.writeString(work.resolve("lit\uFFFD.txt"), "x [PER A  ]\n");
        CliTest.Result stats = CliTest.run("stats", literal.toString());
        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.OK);
        assertThat(stats.out()).contains("PER");
    }

    private void assertBadUseInAsciiLocale(List<String> args, String linePattern) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcabletag.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"), "cabletag.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("stdout").toFile()).redirectError(work.resolve("stderr").toFile());
        builder.environment().put("LC_ALL", "C");
        int code = builder.start().waitFor();
        String err = Files.readString(work.resolve("stderr"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(code).as(err).isEqualTo(Cli.BAD_USE);
        assertThat(err.lines()).as(String.join(" ", args)).singleElement().asString().matches(linePattern).doesNotContain("java.");
    }
}
