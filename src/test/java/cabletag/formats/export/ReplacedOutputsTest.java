package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.export.ReplacedOutputs.Existing;
import cabletag.formats.export.ReplacedOutputs.Fate;
import cabletag.formats.io.ContentFingerprint;
import cabletag.formats.io.ExportMark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an export would do to what is at its target, told before it runs, by the rules its commit applies. */
class ReplacedOutputsTest {

    @TempDir
    Path temp;

    @Test
    void nothingThereMeansNothingReplaced() {
        assertThat(ReplacedOutputs.at(temp.resolve("new.jsonl"), ExportFormat.JSONL, false, List.of())).isEmpty();
        assertThat(ReplacedOutputs.at(temp.resolve("new"), ExportFormat.BRAT, false, List.of())).isEmpty();
    }

    @Test
    void aFileNoExportWroteIsKeptAsTheNextFreeCopy() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.jsonl"), "mine\n");
        Files.writeString(temp.resolve("notes.jsonl.~1~"), "an older copy\n");
        assertThat(ReplacedOutputs.at(notes, ExportFormat.JSONL, false, List.of()))
                .containsExactly(new Existing(notes, Fate.KEPT_AS_COPY, temp.resolve("notes.jsonl.~2~"), "was not written by cabletag"));
    }

    @Test
    void anExportsOwnFileIsReplacedAsItIs() throws Exception {
        String text = "-DOCSTART- -X- -X- O\n";
        Path out = Files.writeString(temp.resolve("out.conll"), text);
        ExportMark.mark(out, "out.conll", ContentFingerprint.of(text.getBytes(StandardCharsets.UTF_8)));
        Fate expected = ExportMark.isMarked(out) ? Fate.REPLACED : Fate.KEPT_AS_COPY; // a file system without user attributes keeps copies
        assertThat(ReplacedOutputs.at(out, ExportFormat.CONLL, false, List.of())).extracting(Existing::fate).containsExactly(expected);
    }

    /** The dialog warns by the export's own test: an output changed since it was written is kept, as the export keeps it. */
    @Test
    void anExportsFileChangedSinceIsKeptAsACopy() throws Exception {
        String text = "-DOCSTART- -X- -X- O\n";
        Path out = Files.writeString(temp.resolve("out.conll"), text);
        ExportMark.mark(out, "out.conll", ContentFingerprint.of(text.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(out, "my line\n", StandardOpenOption.APPEND);
        assertThat(ReplacedOutputs.at(out, ExportFormat.CONLL, false, List.of()))
                .containsExactly(new Existing(out, Fate.KEPT_AS_COPY, temp.resolve("out.conll.~1~"), "was changed since cabletag wrote it"));
    }

    @Test
    void aSplitsPartsAndHfsLabelFileAreTheOutputs() throws Exception {
        Path target = temp.resolve("ner.jsonl");
        assertThat(ReplacedOutputs.outputs(target, ExportFormat.HF, true)).containsExactly(temp.resolve("ner.train.jsonl"),
                temp.resolve("ner.dev.jsonl"), temp.resolve("ner.test.jsonl"), temp.resolve("ner.labels.json"));
        Files.writeString(temp.resolve("ner.dev.jsonl"), "x\n");
        Files.writeString(target, "not an output of a split\n");
        assertThat(ReplacedOutputs.at(target, ExportFormat.JSONL, true, List.of())).extracting(Existing::path)
                .containsExactly(temp.resolve("ner.dev.jsonl"));
    }

    @Test
    void foldersAreReplacedWholeOnlyWhenAnEarlierExportAndRefusedWhenTheyHoldOtherFiles() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThat(ReplacedOutputs.at(empty, ExportFormat.BRAT, false, List.of())).as("an empty folder loses nothing").isEmpty();

        Path earlier = Files.createDirectories(temp.resolve("earlier"));
        Files.writeString(earlier.resolve(OutputStaging.FOLDER_MARKER), "x\n");
        Files.writeString(earlier.resolve("a.txt"), "a cable\n");
        assertThat(ReplacedOutputs.at(earlier, ExportFormat.INLINE, false, List.of())).extracting(Existing::fate)
                .containsExactly(Fate.REPLACED);

        Path theirs = Files.createDirectories(temp.resolve("theirs"));
        Files.writeString(theirs.resolve("thesis.tex"), "x\n");
        List<Existing> refused = ReplacedOutputs.at(theirs, ExportFormat.BRAT, false, List.of());
        assertThat(refused).extracting(Existing::fate).containsExactly(Fate.REFUSED);
        assertThat(refused.get(0).reason()).isEqualTo(theirs + " is a folder that is not empty and not an earlier cabletag export;"
                + " choose a new or empty folder");
    }

    @Test
    void whatTheExportWouldRefuseIsSaidWithItsReason() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("a-folder.jsonl"));
        assertThat(ReplacedOutputs.at(folder, ExportFormat.JSONL, false, List.of())).extracting(Existing::reason)
                .containsExactly(folder + " is a folder; choose a file path");
        Path input = Files.writeString(temp.resolve("corpus.jsonl"), "{}\n");
        assertThat(ReplacedOutputs.at(input, ExportFormat.JSONL, false, List.of(input))).extracting(Existing::reason)
                .containsExactly("output " + input + " is the input " + input + "; refusing to overwrite input, inputs are never overwritten");
    }
}
