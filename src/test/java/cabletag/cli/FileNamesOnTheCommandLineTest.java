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
