package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Numbers in the tables are written alike (100,000) in columns wide enough for them; long cable names show in full on hover. */
@ExtendWith(ApplicationExtension.class)
class NumberCellTest {

    @TempDir
    static Path temp;

    static final String LONG_NAME = "a_cable_with_a_name_far_longer_than_the_corpus_column_is_wide_" + "x".repeat(40) + ".txt";

    private CorrectorModel model;
    private EntityTable entities;
    private CorpusPane corpus;

    @Start
    void start(Stage stage) throws Exception {
        // one entity at offset 1,200 or so, so its start and end need grouping
        model = TestCorpus.open(temp, LONG_NAME, "word ".repeat(240) + "[LOC Najaf  ] .\n", "b.txt", "[PER Rubaie  ] .\n");
        entities = new EntityTable(model);
        corpus = new CorpusPane(model);
        stage.setScene(new Scene(new HBox(corpus, entities), 900, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        TestCorpus.close(model);
    }

    @Test
    void numbersAreGroupedByCommasWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(NumberCell.format(100_000)).isEqualTo("100,000");
            assertThat(NumberCell.format(1_234_567)).isEqualTo("1,234,567");
            assertThat(NumberCell.format(999)).isEqualTo("999");
            assertThat(NumberCell.format(0)).isEqualTo("0");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<String> cellTexts(Node table, String columnTitle) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null && columnTitle.equals(c.getTableColumn().getText())
                        && c.getText() != null)
                .map(n -> ((TableCell<?, ?>) n).getText()).collect(Collectors.toSet());
    }

    /**
     * Offsets are grouped, in columns as wide as the shown cable's largest offset needs: room for seven digits
     * whatever the cable made the entity table scroll sideways at 1024×700.
     */
    @Test
    void theEntityTableWritesOffsetsGroupedInColumnsAsWideAsTheCablesOffsetsNeed(FxRobot robot) {
        FxAwait.until("the rows", () -> entities.table().getItems().size() == 1, entities.table().getItems());
        WaitForAsyncUtils.waitForFxEvents();
        int start = entities.table().getItems().get(0).span().start();
        assertThat(start).isGreaterThan(999);
        assertThat(cellTexts(entities.table(), "Start")).containsExactly(NumberCell.format(start));
        assertThat(cellTexts(entities.table(), "End")).containsExactly(NumberCell.format(start + 5));
        int length = model.document().text().length();
        for (TableColumn<?, ?> column : entities.table().getColumns().subList(2, 4)) {
            assertThat(column.getWidth()).as(column.getText() + " fits the cable's length, " + length)
                    .isGreaterThan(NumberCell.widthOf(NumberCell.format(length)))
                    .as(column.getText() + " keeps no room for seven digits").isLessThan(NumberCell.widthOf("9,999,999"));
        }
    }

    @Test
    void theCorpusListGroupsItsCountsAndShowsALongNameInFullOnHover() {
        FxAwait.until("the rows", () -> corpus.table().getItems().size() == 2, corpus.table().getItems());
        WaitForAsyncUtils.waitForFxEvents();
        var nameCell = corpus.table().lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && LONG_NAME.equals(c.getText())).findFirst()
                .map(n -> (TableCell<?, ?>) n).orElseThrow(() -> new AssertionError("no cell shows " + LONG_NAME));
        assertThat(nameCell.getTooltip()).isNotNull();
        assertThat(nameCell.getTooltip().getText()).isEqualTo(LONG_NAME);
        assertThat(nameCell.getWidth()).as("the name is cut on screen").isLessThan(NumberCell.widthOf(LONG_NAME));
        assertThat(cellTexts(corpus.table(), "Ent")).contains("1");
        assertThat(corpus.table().getItems()).extracting(CableEntry::name).contains(LONG_NAME);
    }

    @Test
    void theCorpusListsCountColumnsAreAsWideAsTheirLargestCountAndGrowWithIt() {
        FxAwait.until("the rows", () -> corpus.table().getItems().size() == 2, corpus.table().getItems());
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<?, ?> entities = corpus.table().getColumns().get(1);
        assertThat(entities.getText()).isEqualTo("Ent");
        TableColumn<Object, Integer> sixDigits = new TableColumn<>("Ent");
        NumberCell.install(sixDigits, 6);
        assertThat(entities.getMinWidth()).as("no room kept for six digits when the counts have three at most")
                .isLessThan(sixDigits.getMinWidth());
        TableColumn<Object, Integer> column = new TableColumn<>("Ent");
        NumberCell.install(column, 3);
        double small = column.getMinWidth();
        NumberCell.widen(column, 100_000);
        assertThat(column.getMinWidth()).isGreaterThan(NumberCell.widthOf("100,000")).isGreaterThan(small);
        NumberCell.widen(column, 5);
        assertThat(column.getMinWidth()).as("never narrowed").isGreaterThan(NumberCell.widthOf("100,000"));
    }
}
