package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brat or inline export replaces its folder whole, but not what the user wrote in it: annotating in brat
 * and exporting again is the normal workflow. An exported file changed since is kept beside the new one as
 * {@code NAME.~1~}, a file the user added stays where it was, and an earlier export's files still as written
 * go; each copy is named in a note, and the export succeeds.
 */
class FolderExportKeepsUsersFilesTest {

    private static final String HAND_ANNOTATION = "T2\tPER 8 11\tBob\n";

    @TempDir
    Path temp;

    private Path corpus;
    private Path brat;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(temp.resolve("in"));
        Files.writeString(corpus.resolve("a.txt"), "A [PER Ann  ] met Bob .\n");
        Files.writeString(corpus.resolve("b.txt"), "[LOC Tehran  ] is far .\n");
        brat = temp.resolve("brat");
    }

    private ExportSummary export(ExportFormat format, Path target) throws IOException {
        return ExportTestSupport.export(ExportOptions.of(format), ExportTestSupport.read(corpus), target);
    }

    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void aHandAnnotationIsKeptBesideTheNewFileAndAnAddedFileStaysWhereItWas() throws IOException {
        export(ExportFormat.BRAT, brat);
        String exportedAnn = Files.readString(brat.resolve("a.ann"));
        Files.writeString(brat.resolve("a.ann"), HAND_ANNOTATION, StandardOpenOption.APPEND);
        Files.writeString(brat.resolve("NOTES.md"), "my notes\n");

        ExportSummary again = export(ExportFormat.BRAT, brat);

        assertThat(Files.readString(brat.resolve("a.ann"))).isEqualTo(exportedAnn);
        assertThat(Files.readString(brat.resolve("a.ann.~1~"))).isEqualTo(exportedAnn + HAND_ANNOTATION);
        assertThat(Files.readString(brat.resolve("NOTES.md"))).isEqualTo("my notes\n");
        assertThat(again.notes()).containsExactly(
                brat.resolve("a.ann") + " was changed since cabletag wrote it; the old file is kept as a.ann.~1~");
        assertThat(again.problems()).allMatch(line -> line.startsWith(ExportSummary.NOTE));

        // exported again with nothing changed: no further copy, nothing to say, the user's files still there
        Map<String, String> before = tree(brat);
        ExportSummary third = export(ExportFormat.BRAT, brat);
        assertThat(third.notes()).isEmpty();
        assertThat(tree(brat)).isEqualTo(before);
    }

    @Test
    void anInlineExportKeepsAnEditedCableAndAFolderTheUserAdded() throws IOException {
        Path out = temp.resolve("out");
        export(ExportFormat.INLINE, out);
        Files.writeString(out.resolve("b.txt"), "[LOC Tehran  ] is far , said [PER Ann  ] .\n");
        Files.createDirectories(out.resolve("extra/deeper"));
        Files.writeString(out.resolve("extra/deeper/list.txt"), "mine\n");

        ExportSummary again = export(ExportFormat.INLINE, out);

        assertThat(Files.readString(out.resolve("b.txt"))).isEqualTo("[LOC Tehran  ] is far .\n");
        assertThat(Files.readString(out.resolve("b.txt.~1~"))).isEqualTo("[LOC Tehran  ] is far , said [PER Ann  ] .\n");
        assertThat(Files.readString(out.resolve("extra/deeper/list.txt"))).isEqualTo("mine\n");
        assertThat(again.notes()).containsExactly(out.resolve("b.txt") + " was changed since cabletag wrote it; the old file is kept as b.txt.~1~");
    }

    @Test
    void anEarlierExportsFilesThatAreStillAsWrittenGoAndAChangedOneThatIsNoLongerWrittenStaysAndIsNamed() throws IOException {
        export(ExportFormat.BRAT, brat);
        Files.writeString(brat.resolve("b.ann"), HAND_ANNOTATION, StandardOpenOption.APPEND);
        Files.delete(corpus.resolve("a.txt"));
        Files.delete(corpus.resolve("b.txt"));
        Files.writeString(corpus.resolve("c.txt"), "[ORG UN  ] met .\n");

        ExportSummary again = export(ExportFormat.BRAT, brat);

        // b.txt goes with the kept b.ann: without it brat cannot open the annotations, and check says so
        assertThat(tree(brat).keySet()).containsExactlyInAnyOrder("annotation.conf", "c.txt", "c.ann", "b.ann", "b.txt");
        assertThat(Files.readString(brat.resolve("b.ann"))).endsWith(HAND_ANNOTATION);
        assertThat(again.notes()).containsExactly(brat.resolve("b.ann") + " was changed since cabletag wrote it;"
                + " this export writes no file of that name, so it stays in the new folder as it was, and b.txt,"
                + " written with it, stays beside it");
    }

    @Test
    void aFolderOfTheUsersWhoseNameTheNewExportGivesToAFileIsKeptNumbered() throws IOException {
        export(ExportFormat.BRAT, brat);
        Files.delete(brat.resolve("annotation.conf"));
        Files.createDirectories(brat.resolve("annotation.conf"));
        Files.writeString(brat.resolve("annotation.conf/mine.conf"), "[entities]\nPER\n");
        Files.writeString(brat.resolve(OutputStaging.FOLDER_MARKER), "still an export\n"); // else it is no export folder

        ExportSummary again = export(ExportFormat.BRAT, brat);

        assertThat(Files.readString(brat.resolve("annotation.conf"))).startsWith(OutputStaging.BRAT_CONF_HEADER);
        assertThat(Files.readString(brat.resolve("annotation.conf.~1~/mine.conf"))).isEqualTo("[entities]\nPER\n");
        assertThat(again.notes()).contains(brat.resolve("annotation.conf/mine.conf") + " was not written by cabletag;"
                + " the old file is kept as " + brat.resolve("annotation.conf.~1~/mine.conf"));
    }

    @Test
    void aFolderWithoutAnyMarkIsKeptWholeBesideTheNewOne() throws IOException {
        export(ExportFormat.BRAT, brat);
        // as a cabletag before the marks left it (or a file system without extended attributes)
        try (Stream<Path> files = Files.walk(brat)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.getFileAttributeView(file, UserDefinedFileAttributeView.class).delete("cabletag.export");
            }
        }
        Files.writeString(brat.resolve("a.ann"), HAND_ANNOTATION, StandardOpenOption.APPEND);
        Map<String, String> old = tree(brat);

        ExportSummary again = export(ExportFormat.BRAT, brat);

        assertThat(tree(temp.resolve("brat.~1~"))).isEqualTo(old);
        assertThat(tree(brat).keySet()).containsExactlyInAnyOrder("annotation.conf", "a.txt", "a.ann", "b.txt", "b.ann");
        assertThat(again.notes()).singleElement().asString().startsWith(brat + " holds no file with cabletag's mark")
                .endsWith("the whole old folder is kept as brat.~1~");
    }

    @Test
    void aReadOnlyFileOfTheUsersIsKeptByAnExportThatMayNotWriteIt() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write any file");
        export(ExportFormat.BRAT, brat);
        Path notes = Files.writeString(brat.resolve("NOTES.md"), "my notes\n");
        Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("r--r--r--"));

        export(ExportFormat.BRAT, brat); // forcing the kept file to disk may not open it for writing

        assertThat(Files.readString(notes)).isEqualTo("my notes\n");
    }

    /** As any user (as root it cannot fail on permissions, but the folder's own are checked). */
    @Test
    void aReadOnlyFolderOfTheUsersIsKeptWithItsPermissionsAndTheOldOneLeavesNoStagingBehind() throws IOException {
        export(ExportFormat.BRAT, brat);
        Path extra = Files.createDirectories(brat.resolve("extra"));
        Files.writeString(extra.resolve("x.txt"), "mine\n");
        Files.setPosixFilePermissions(extra, PosixFilePermissions.fromString("r-xr-xr-x"));

        export(ExportFormat.BRAT, brat);
        ExportSummary third = export(ExportFormat.JSONL, temp.resolve("out.jsonl"));

        assertThat(Files.readString(brat.resolve("extra/x.txt"))).isEqualTo("mine\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(brat.resolve("extra")))).isEqualTo("r-xr-xr-x");
        assertThat(third.cables()).isEqualTo(2); // an export beside it is not stopped by what the last one left
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".cabletag-staging-"));
        }
        Files.setPosixFilePermissions(brat.resolve("extra"), PosixFilePermissions.fromString("rwxr-xr-x")); // for @TempDir
    }

    @Test
    void aSplitsPartFoldersKeepTheUsersFilesInThem() throws IOException {
        ExportOptions split = ExportOptions.of(ExportFormat.BRAT).withSplit(SplitRatios.parse("50/0/50", 1));
        ExportTestSupport.export(split, ExportTestSupport.read(corpus), brat);
        List<Path> anns;
        try (Stream<Path> files = Files.walk(brat)) {
            anns = files.filter(file -> file.toString().endsWith(".ann")).toList();
        }
        Path ann = anns.get(0);
        Files.writeString(ann, HAND_ANNOTATION, StandardOpenOption.APPEND);

        ExportSummary again = ExportTestSupport.export(split, ExportTestSupport.read(corpus), brat);

        assertThat(Files.readString(ann.resolveSibling(ann.getFileName() + ".~1~"))).endsWith(HAND_ANNOTATION);
        assertThat(Files.readString(ann)).doesNotContain(HAND_ANNOTATION);
        assertThat(again.notes()).hasSize(1);
    }

    @Test
    void foldersTheUserMadeStayEmptyOrNot() throws IOException {
        export(ExportFormat.BRAT, brat);
        Files.createDirectories(brat.resolve("todo"));
        Files.createDirectories(brat.resolve("mine/empty"));
        Files.writeString(brat.resolve("mine/f.txt"), "x\n");

        ExportSummary again = export(ExportFormat.BRAT, brat);

        assertThat(brat.resolve("todo")).isEmptyDirectory();
        assertThat(brat.resolve("mine/empty")).isEmptyDirectory();
        assertThat(brat.resolve("mine/f.txt")).hasContent("x");
        assertThat(again.notes()).isEmpty(); // nothing happened to them
    }

    @Test
    void anExportedFileTheUserMovedIntoAFolderOfTheirsStaysThereChangedOrNot() throws IOException {
        export(ExportFormat.BRAT, brat);
        String exportedA = Files.readString(brat.resolve("a.ann"));
        String exportedB = Files.readString(brat.resolve("b.ann"));
        // brat users sort documents into folders: one moved as it is, one moved and annotated
        Files.createDirectories(brat.resolve("done"));
        Files.move(brat.resolve("a.ann"), brat.resolve("done/a.ann"));
        Files.move(brat.resolve("a.txt"), brat.resolve("done/a.txt"));
        Files.createDirectories(brat.resolve("todo"));
        Files.move(brat.resolve("b.ann"), brat.resolve("todo/b.ann"));
        Files.writeString(brat.resolve("todo/b.ann"), HAND_ANNOTATION, StandardOpenOption.APPEND);

        ExportSummary again = export(ExportFormat.BRAT, brat);

        assertThat(brat.resolve("done/a.ann")).as("moved by the user, not written there by an export").hasContent(exportedA);
        assertThat(brat.resolve("done/a.txt")).exists();
        assertThat(Files.readString(brat.resolve("todo/b.ann"))).isEqualTo(exportedB + HAND_ANNOTATION);
        assertThat(Files.readString(brat.resolve("a.ann"))).isEqualTo(exportedA);
        assertThat(again.problems()).allMatch(line -> line.startsWith(ExportSummary.NOTE));

        // and again: they stay, nothing more is said or copied
        Map<String, String> before = tree(brat);
        export(ExportFormat.BRAT, brat);
        assertThat(tree(brat)).isEqualTo(before);
    }

    @Test
    void anExportedFileTheUserMovedFromOneOfTheExportsFoldersToAnotherStaysWhereItIs() throws IOException {
        Files.createDirectories(corpus.resolve("x"));
        Files.createDirectories(corpus.resolve("y"));
        Files.move(corpus.resolve("a.txt"), corpus.resolve("x/a.txt"));
        Files.move(corpus.resolve("b.txt"), corpus.resolve("y/b.txt"));
        export(ExportFormat.BRAT, brat);
        String exportedA = Files.readString(brat.resolve("x/a.ann"));
        // both folders are the export's; the user sorts a document from one into the other, as it was written
        Files.move(brat.resolve("x/a.ann"), brat.resolve("y/a.ann"));

        ExportSummary again = export(ExportFormat.BRAT, brat);

        assertThat(brat.resolve("y/a.ann")).as("moved there by the user, not written there by an export").hasContent(exportedA);
        assertThat(brat.resolve("x/a.ann")).hasContent(exportedA);
        assertThat(again.notes()).isEmpty(); // a file the user put there stays, unnamed, as any of the user's
        Map<String, String> before = tree(brat);
        export(ExportFormat.BRAT, brat);
        assertThat(tree(brat)).isEqualTo(before);
    }

    @Test
    void anExportedFileTheUserMovedFromTheTopIntoOneOfTheExportsFoldersStaysThere() throws IOException {
        Files.createDirectories(corpus.resolve("x"));
        Files.writeString(corpus.resolve("x/c.txt"), "[ORG UN  ] met .\n");
        export(ExportFormat.BRAT, brat);
        String exportedA = Files.readString(brat.resolve("a.ann"));
        // a.ann was written at the top, which a name without a folder also means in marks of older versions
        Files.move(brat.resolve("a.ann"), brat.resolve("x/a.ann"));

        export(ExportFormat.BRAT, brat);

        assertThat(brat.resolve("x/a.ann")).as("moved there by the user, not written there by an export").hasContent(exportedA);
        assertThat(brat.resolve("a.ann")).hasContent(exportedA);
    }

    @Test
    void anExportsFolderWhoseAnnotationConfWasMovedIsRefusedWithAHintToPutItBack() throws IOException {
        export(ExportFormat.BRAT, brat);
        Files.createDirectories(brat.resolve("config"));
        Files.move(brat.resolve("annotation.conf"), brat.resolve("config/annotation.conf"));
        Map<String, String> before = tree(brat);

        assertThatThrownBy(() -> export(ExportFormat.BRAT, brat))
                .isInstanceOf(cabletag.formats.io.OutputRefusedException.class)
                .hasMessage(brat + " is a folder that is not empty and not an earlier cabletag export (it holds files or"
                        + " folders an export wrote, but neither the annotation.conf nor the .cabletag-export an export"
                        + " writes at its top: moved or deleted? Put it back to export into this folder again);"
                        + " choose a new or empty folder");
        assertThat(tree(brat)).isEqualTo(before);

        Files.move(brat.resolve("config/annotation.conf"), brat.resolve("annotation.conf"));
        assertThat(export(ExportFormat.BRAT, brat).problems()).allMatch(line -> line.startsWith(ExportSummary.NOTE));
    }

    @Test
    void aFolderTheExportMadeGoesWhenTheNewExportDoesNotWriteIt() throws IOException {
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/c.txt"), "[ORG UN  ] met .\n");
        export(ExportFormat.BRAT, brat);
        assertThat(brat.resolve("sub/c.ann")).exists();
        Files.delete(corpus.resolve("sub/c.txt"));
        Files.delete(corpus.resolve("sub"));

        Files.writeString(brat.resolve("sub/c.ann"), HAND_ANNOTATION, StandardOpenOption.APPEND);

        export(ExportFormat.BRAT, brat); // sub/c.ann changed, and its cable left: it stays, in sub/
        assertThat(brat.resolve("sub/c.ann")).content().endsWith(HAND_ANNOTATION);
        Files.delete(brat.resolve("sub/c.ann"));
        Files.delete(brat.resolve("sub/c.txt"));
        export(ExportFormat.BRAT, brat);

        assertThat(brat.resolve("sub")).as("made again to hold the user's file, it is still the export's").doesNotExist();
    }

    @Test
    void aFileMadePrivateInTheFolderStaysPrivateWhenItIsExportedAgain() throws IOException {
        export(ExportFormat.BRAT, brat);
        Files.setPosixFilePermissions(brat.resolve("a.ann"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(brat.resolve("a.txt"), PosixFilePermissions.fromString("rw-r-----"));

        export(ExportFormat.BRAT, brat);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(brat.resolve("a.ann")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(brat.resolve("a.txt")))).isEqualTo("rw-r-----");
        assertThat(brat.resolve("a.ann.~1~")).doesNotExist(); // a change of permissions is no change of content
    }
}
