package cabletag.ui;

import static cabletag.formats.export.ExportFormat.BRAT;
import static cabletag.formats.export.ExportFormat.CONLL;
import static cabletag.formats.export.ExportFormat.DOCCANO;
import static cabletag.formats.export.ExportFormat.HF;
import static cabletag.formats.export.ExportFormat.INLINE;
import static cabletag.formats.export.ExportFormat.JSONL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The export target's ending follows the format when it is the format's ending; the analyst's own names stay. */
class ExportTargetNameTest {

    @Test
    void theFormatsEndingIsSwappedForTheNewOnes() {
        assertThat(ExportTargetName.follow("/tmp/exp/win.jsonl", JSONL, CONLL)).isEqualTo("/tmp/exp/win.conll");
        assertThat(ExportTargetName.follow("/tmp/exp/win.conll", CONLL, HF)).isEqualTo("/tmp/exp/win.jsonl");
        assertThat(ExportTargetName.follow("win.CONLL", CONLL, JSONL)).as("any case").isEqualTo("win.jsonl");
        assertThat(ExportTargetName.follow(ExportTargetName.proposed(JSONL), JSONL, CONLL)).isEqualTo("cabletag.conll");
    }

    @Test
    void folderFormatsTakeTheStemAsTheFolderAndGiveItBack() {
        assertThat(ExportTargetName.follow("/tmp/exp/win.jsonl", JSONL, BRAT)).isEqualTo("/tmp/exp/win");
        assertThat(ExportTargetName.follow("/tmp/exp/win", BRAT, INLINE)).isEqualTo("/tmp/exp/win");
        assertThat(ExportTargetName.follow("/tmp/exp/win/", INLINE, CONLL)).isEqualTo("/tmp/exp/win.conll");
    }

    @Test
    void namesThatDoNotEndAsTheFormatsStayAsTyped() {
        assertThat(ExportTargetName.follow("/tmp/exp/notes.txt", JSONL, CONLL)).isEqualTo("/tmp/exp/notes.txt");
        assertThat(ExportTargetName.follow("/tmp/exp/win.jsonl", JSONL, DOCCANO)).as("the same ending").isEqualTo("/tmp/exp/win.jsonl");
        assertThat(ExportTargetName.follow("/tmp/exp/.jsonl", JSONL, CONLL)).as("no stem").isEqualTo("/tmp/exp/.jsonl");
        assertThat(ExportTargetName.follow("/", BRAT, CONLL)).as("no name").isEqualTo("/");
        assertThat(ExportTargetName.follow("", JSONL, CONLL)).isEmpty();
    }

    @Test
    void aNameThatEndsAsAnotherFormatsFilesIsSaidAndTheChosenFormatsIsNot() {
        assertThat(ExportTargetName.endingSaysAnother("/tmp/exp/win.conll", JSONL))
                .contains("The name ends in .conll, but the format is jsonl: the file will hold jsonl.");
        assertThat(ExportTargetName.endingSaysAnother("/tmp/exp/win.JSONL", CONLL))
                .contains("The name ends in .jsonl, but the format is conll: the file will hold conll.");
        assertThat(ExportTargetName.endingSaysAnother("win.conll", BRAT))
                .contains("The name ends in .conll, but brat writes a folder: it will be a folder of that name.");
        assertThat(ExportTargetName.endingSaysAnother("/tmp/exp/win.conll", CONLL)).isEmpty();
        assertThat(ExportTargetName.endingSaysAnother("/tmp/exp/win.jsonl", HF)).as("the same ending").isEmpty();
        assertThat(ExportTargetName.endingSaysAnother("/tmp/exp/win.jsonl", DOCCANO)).isEmpty();
        assertThat(ExportTargetName.endingSaysAnother("/tmp/exp/notes.txt", JSONL)).isEmpty();
        assertThat(ExportTargetName.endingSaysAnother("/tmp/exp/win", INLINE)).isEmpty();
        assertThat(ExportTargetName.endingSaysAnother("/tmp/exp/.conll", JSONL)).as("no name before the ending").isEmpty();
        assertThat(ExportTargetName.endingSaysAnother("", JSONL)).isEmpty();
    }
}
