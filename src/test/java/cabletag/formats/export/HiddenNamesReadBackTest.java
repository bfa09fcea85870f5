package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A brat or inline export names no file or folder that a folder's reading leaves out. Found from outside: the
 * document {@code .a} of {@code d.jsonl} was written as {@code d/.a.txt}, a hidden file, and the export read back
 * had one document of two, without a word; so did a cable named directly as {@code .x.txt}, and the inline export of
 * a backup copy named directly, {@code a.txt~}, kept its name, and the documents of {@code f~.jsonl} went to the folder
 * {@code f~/}. Such a name's {@code .} or {@code ~} is written as {@code _}, as a {@code :} is.
 */
class HiddenNamesReadBackTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"BRAT", "INLINE"})
    void everyDocumentComesBack(ExportFormat format) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(dir.resolve("other")); // in is not all dir holds: its files named are inputs of their own
        Path dataset = Files.writeString(inputs.resolve("d.jsonl"),
                "{\"id\":\".a\",\"text\":\"Ali\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}\n"
                        + "{\"id\":\"b\",\"text\":\"Bob\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}\n");
        Path hidden = Files.writeString(inputs.resolve(".x.txt"), "[PER Omar  ] met\n");
        Path backup = Files.writeString(inputs.resolve("c.txt~"), "[LOC Basra  ] then\n");
        Path hiddenDataset = Files.writeString(inputs.resolve(".e.jsonl"), "{\"id\":\"q\",\"text\":\"Q\",\"spans\":[]}\n");
        Path backupFolder = Files.writeString(inputs.resolve("f~.jsonl"), "{\"id\":\"r\",\"text\":\"R\",\"spans\":[]}\n");
        List<Document> documents = ExportTestSupport.read(dataset, hidden, backup, hiddenDataset, backupFolder);
        assertThat(documents).hasSize(6);

        Path target = dir.resolve("out");
        ExportTestSupport.export(ExportOptions.of(format), documents, target);

        try (Stream<Path> files = Files.walk(target)) {
            assertThat(files.map(target::relativize).map(Path::toString).filter(name -> !name.isEmpty()).sorted())
                    .filteredOn(name -> !name.equals(".cabletag-export")) // the inline export's own marker
                    .allSatisfy(name -> assertThat(name).doesNotStartWith(".").doesNotContain("/.").doesNotEndWith("~"));
        }
        List<Document> back = ExportTestSupport.read(target);
        assertThat(back).extracting(Document::id).containsExactlyInAnyOrder("_a", "b", "_x", "c", "q", "r");
        assertThat(back).extracting(Document::text).containsExactlyInAnyOrder("Ali", "Bob", "Omar met\n", "Basra then\n", "Q", "R");
        assertThat(back).allSatisfy(document -> assertThat(document.spans()).hasSize(document.text().length() == 1 ? 0 : 1));
    }

    /** Found from outside: the ids CON, NUL, aux and con.txt were written as files Windows cannot create. */
    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"BRAT", "INLINE"})
    void noFileTakesANameWindowsKeepsForADevice(ExportFormat format) throws IOException {
        Path dataset = Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"CON\",\"text\":\"A\"}\n{\"id\":\"nul\",\"text\":\"B\"}\n"
                + "{\"id\":\"aux.txt\",\"text\":\"C\"}\n{\"id\":\"console\",\"text\":\"D\"}\n{\"id\":\"COM1\",\"text\":\"E\"}\n");
        Path target = dir.resolve("out");
        ExportTestSupport.export(ExportOptions.of(format), ExportTestSupport.read(dataset), target);
        try (Stream<Path> files = Files.list(target.resolve("d"))) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted())
                    .containsExactly("COM1_.txt", "CON_.txt", "aux_.txt.txt", "console.txt", "nul_.txt");
        }
        assertThat(ExportTestSupport.read(target)).hasSize(5);
    }
}
