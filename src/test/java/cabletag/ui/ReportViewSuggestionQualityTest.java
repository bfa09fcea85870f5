package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.ReviewStatus;
import cabletag.workspace.report.Report;
import cabletag.workspace.report.ReportSection;
import cabletag.workspace.report.SuggestionQualitySection;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Report view's section on the quality of the suggestions, on two reviewed cables (two folds): each
 * fold's gazetteer learns Hakim from the other cable and never sees the held-out cable's place, so it
 * suggests 2 entities of 4, both right: precision 100%, recall 50%, F1 66.67%. With one cable reviewed
 * again, the view says why there is nothing to estimate.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReportViewSuggestionQualityTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        w = WindowDriver.open(stage, temp, "a.txt", "[PER Hakim  ] met [LOC Basra  ] officials .\n",
                "b.txt", "[PER Hakim  ] went to [LOC Mosul  ] today .\n");
    }

    @Test
    void theSectionShowsEachSourceOnTheCablesHeldAside(FxRobot robot) throws Exception {
        w.awaitOpened();
        onFx(() -> {
            w.window.model().workspace().setStatus(0, ReviewStatus.REVIEWED);
            w.window.model().workspace().setStatus(1, ReviewStatus.REVIEWED);
            return null;
        });
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        ReportView view = onFx(w.window::reportView);
        Report report = FxAwait.until("the report with the suggestions' quality", view.reportProperty(),
                r -> r != null && r.scored() == 2 && r.sections().stream().anyMatch(s -> s.id().equals(SuggestionQualitySection.ID)
                        && !s.tables().isEmpty()));
        ReportSection section = report.section(SuggestionQualitySection.ID);
        assertThat(section.notes().get(0)).startsWith("Scope: 2 reviewed cables, dealt into 2 folds");

        assertThat(onFx(() -> row(view, "gazetteer"))).containsExactly("gazetteer", "100.00%", "50.00%", "66.67%", "2", "2", "4");
        List<String> finder = onFx(() -> row(view, "name finder"));
        assertThat(finder.get(0)).isEqualTo("name finder");
        assertThat(finder.get(6)).isEqualTo("4");
        Node heading = onFx(() -> view.stage().getScene().lookup("#report-section-suggestion-quality"));
        assertThat(heading).isNotNull();
        assertThat(onFx(() -> view.stage().getScene().lookup("#chart-suggestion-quality"))).isInstanceOf(StackedBarChart.class);

        onFx(() -> {
            w.window.model().workspace().setStatus(1, ReviewStatus.IN_PROGRESS);
            return null;
        });
        Report after = FxAwait.until("the report recomputed", view.reportProperty(), r -> r != null && r.scored() == 1
                && !r.section(SuggestionQualitySection.ID).notes().contains(ReportView.ESTIMATING));
        assertThat(after.section(SuggestionQualitySection.ID).notes())
                .containsExactly("Not estimated: needs at least 2 reviewed cables to hold some aside; 1 reviewed.");
    }

    @SuppressWarnings("unchecked")
    private static List<String> row(ReportView view, String first) {
        TableView<List<Object>> table = (TableView<List<Object>>) view.stage().getScene().lookup("#table-suggestion-quality");
        for (int r = 0; r < table.getItems().size(); r++) {
            if (table.getColumns().get(0).getCellData(r).equals(first)) {
                int index = r;
                return table.getColumns().stream().map(column -> String.valueOf(column.getCellData(index))).toList();
            }
        }
        throw new AssertionError("no row " + first);
    }
}
