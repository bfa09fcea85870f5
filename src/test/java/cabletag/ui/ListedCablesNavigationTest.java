package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
import cabletag.workspace.ReviewStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a filter on the corpus list, the keys that go to another cable (Ctrl+PageDown, Ctrl+PageUp, Ctrl+Enter)
 * stay within the cables the list shows, in its order: they once went on in corpus order to cables the filter
 * hides, and the next Ctrl+Enter marked such a cable reviewed unseen. No window: the list's rows as the corpus
 * pane filters and sorts them ({@link ShownRows}) over the model's rows.
 */
class ListedCablesNavigationTest {

    @TempDir
    Path temp;

    private CorrectorModel model;
    private ShownRows shown;

    @BeforeEach
    void open() throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            for (String part : List.of("000", "004")) {
                files.add("c00" + i + "_" + part + ".txt");
                files.add("[LOC Erbil  ] and [PER Rubaie  ] in cable " + i + " part " + part + " .\n");
            }
        }
        model = TestCorpus.open(temp, files.toArray(String[]::new));
        shown = new ShownRows(model.cables());
        model.moveThrough(shown);
        shown.setFilter(entry -> entry.name().contains("_004"));
        model.show(index("c001_004.txt"));
    }

    @AfterEach
    void close() {
        TestCorpus.close(model);
    }

    private int index(String name) {
        return model.cables().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().index();
    }

    private String current() {
        return model.cables().get(model.currentCable()).name();
    }

    private ReviewStatus status(String name) {
        return model.workspace().status(index(name));
    }

    @Test
    void markReviewedGoesOnlyToCablesTheListShowsAndSaysWhenNoneIsLeft() {
        model.markReviewedAndNext();
        assertThat(current()).isEqualTo("c002_004.txt");
        assertThat(model.messageProperty().get()).isEqualTo("Reviewed; 2 to go in the list (5 in all) — Ctrl+Z undoes");
        model.markReviewedAndNext();
        assertThat(current()).isEqualTo("c003_004.txt");

        model.markReviewedAndNext();

        assertThat(current()).as("no shown cable left to go to: it stays").isEqualTo("c003_004.txt");
        assertThat(model.messageProperty().get())
                .isEqualTo("Reviewed; no cable the list shows is left to review (3 more outside its filters) — Ctrl+Z undoes");
        assertThat(List.of("c001_000.txt", "c002_000.txt", "c003_000.txt")).as("the hidden cables")
                .allSatisfy(name -> assertThat(status(name)).isNotEqualTo(ReviewStatus.REVIEWED));
        assertThat(List.of("c001_004.txt", "c002_004.txt", "c003_004.txt"))
                .allSatisfy(name -> assertThat(status(name)).isEqualTo(ReviewStatus.REVIEWED));
    }

    @Test
    void nextAndPreviousFollowTheListsFilterAndSortOrder() {
        shown.setOrder(Comparator.comparing(CableEntry::name).reversed());
        model.show(index("c003_004.txt"));

        model.nextCable();
        assertThat(current()).isEqualTo("c002_004.txt");
        model.nextCable();
        assertThat(current()).isEqualTo("c001_004.txt");
        model.nextCable();
        assertThat(current()).isEqualTo("c001_004.txt");
        assertThat(model.messageProperty().get()).isEqualTo("This is the last cable the list shows (its filters hide 3)");

        model.previousCable();
        assertThat(current()).isEqualTo("c002_004.txt");
        model.previousCable();
        model.previousCable();
        assertThat(current()).isEqualTo("c003_004.txt");
        assertThat(model.messageProperty().get()).isEqualTo("This is the first cable the list shows (its filters hide 3)");
    }

    @Test
    void fromACableTheFilterHidesTheKeysGoToTheShownCablesAroundItInTheListsOrder() {
        shown.setOrder(Comparator.comparing(CableEntry::name).reversed()); // c003_004, c002_004, c001_004
        model.show(index("c002_000.txt")); // on screen, but the filter leaves it out: between c002_004 and c001_004

        model.nextCable();
        assertThat(current()).isEqualTo("c001_004.txt");
        model.show(index("c002_000.txt"));
        model.previousCable();
        assertThat(current()).isEqualTo("c002_004.txt");

        model.show(index("c002_000.txt"));
        model.markReviewedAndNext();
        assertThat(current()).as("the next shown cable still to review").isEqualTo("c001_004.txt");
    }

    @Test
    void aStatusFilterTheMarkedCableLeavesStillLeadsToTheNextShownOne() {
        shown.setFilter(entry -> entry.name().contains("_004") && entry.status() != ReviewStatus.REVIEWED);

        model.markReviewedAndNext();

        assertThat(shown.positionOf(index("c001_004.txt"))).as("reviewed, it left the list").isEqualTo(-1);
        assertThat(current()).isEqualTo("c002_004.txt");
    }

    @Test
    void aFilterThatKeepsNothingSaysSo() {
        shown.setFilter(entry -> false);

        model.nextCable();

        assertThat(current()).isEqualTo("c001_004.txt");
        assertThat(model.messageProperty().get()).isEqualTo("The corpus list shows no cable: its filters hide all 6");
    }
}
