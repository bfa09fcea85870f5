package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.ReviewStatus;
import cabletag.workspace.report.Report;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Report view on seed 004: after one entity is deleted and the cable marked reviewed, Ctrl+Shift+R
 * shows the figures that deletion gives, in the tables and the charts; marking the cable unreviewed
 * makes the view recompute, to nothing in scope.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReportViewWindowTest extends SeedWindowTest {

    WindowDriver driver;

    @Start
    void start(Stage stage) {
        driver = WindowDriver.openWithFreshStore(stage, temp, corpus);
        window = driver.window;
    }

    @Test
    void showsTheFiguresOfTheCorrectionsAndFollowsTheEdits(FxRobot robot) throws Exception {
        driver.awaitOpened();
        int read = driver.doc().spans().size();
        assertThat(read).isGreaterThan(10);
        robot.type(KeyCode.TAB);
        String deleted = driver.doc().textOf(driver.selected());
        String label = driver.selected().label().name();
        robot.type(KeyCode.DELETE);
        FxAwait.until("the entity deleted", () -> window.model().document().spans().size() == read - 1, window.model().documentProperty());
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.ENTER);
        FxAwait.until("the cable reviewed", () -> window.model().workspace().status(0) == ReviewStatus.REVIEWED,
                window.model().cables());

        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        ReportView view = WindowDriver.onFx(window::reportView);
        assertThat(view).as("Ctrl+Shift+R opened the report view").isNotNull();
        Report report = FxAwait.until("the report", view.reportProperty(), r -> r != null && r.scored() == 1);

        // every entity as read but one was kept: P = (n-1)/n, R = 1
        assertThat(report.overall().correct()).isEqualTo(read - 1);
        assertThat(report.overall().predicted()).isEqualTo(read);
        assertThat(report.overall().gold()).isEqualTo(read - 1);
        String precision = String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * (read - 1) / read);
        List<String> overall = WindowDriver.onFx(() -> row(view, "table-scores", "overall"));
        assertThat(overall).containsExactly("overall", precision, "100.00%",
                String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * 2 * (read - 1) / (2.0 * read - 1)),
                String.valueOf(read - 1), String.valueOf(read), String.valueOf(read - 1));
        List<String> correction = WindowDriver.onFx(() -> row(view, "table-corrections", "`" + deleted + "` " + label + " → deleted"));
        assertThat(correction).containsExactly("`" + deleted + "` " + label + " → deleted", "1");
        assertThat(WindowDriver.onFx(() -> ((Label) view.stage().getScene().lookup("#report-scope-line")).getText()))
                .isEqualTo("Scope: reviewed cables only (1 of 1 cable scored)");

        // the charts: errors by kind shows the one spurious entity, review progress one reviewed cable
        assertThat(WindowDriver.onFx(() -> barValue(view, "chart-errors-by-kind", "spurious"))).isEqualTo(1L);
        assertThat(WindowDriver.onFx(() -> barValue(view, "chart-entities-per-label", label))).isPositive();
        assertThat(WindowDriver.onFx(() -> view.stage().getScene().lookup("#chart-corrections-per-label"))).isInstanceOf(StackedBarChart.class);
        assertThat(WindowDriver.onFx(() -> ((PieChart) view.stage().getScene().lookup("#chart-review-progress")).getData().stream()
                .map(PieChart.Data::getName).toList())).containsExactly("reviewed (1)");

        // Save as HTML over a file of the user's keeps it as a copy and says so; over its own page, it replaces it
        java.nio.file.Path page = java.nio.file.Files.writeString(temp.resolve("mine.html"), "my own notes\n");
        WindowDriver.onFx(() -> {
            view.saveHtmlTo(report, page);
            return null;
        });
        assertThat(WindowDriver.onFx(() -> ((Label) view.stage().getScene().lookup("#report-status")).getText()))
                .isEqualTo("Saved " + page + "; " + page + " was not written by cabletag; the old file is kept as mine.html.~1~");
        assertThat(java.nio.file.Files.readString(temp.resolve("mine.html.~1~"))).isEqualTo("my own notes\n");
        WindowDriver.onFx(() -> {
            view.saveHtmlTo(report, page);
            return null;
        });
        assertThat(WindowDriver.onFx(() -> ((Label) view.stage().getScene().lookup("#report-status")).getText()))
                .isEqualTo("Saved " + page);
        assertThat(temp.resolve("mine.html.~2~")).doesNotExist();

        // an edit elsewhere: marked unreviewed in the main window, the view recomputes by itself
        WindowDriver.onFx(() -> {
            window.model().workspace().setStatus(0, ReviewStatus.IN_PROGRESS);
            return null;
        });
        Report after = FxAwait.until("the report recomputed", view.reportProperty(), r -> r != null && r.scored() == 0);
        assertThat(after.scopeLine()).startsWith("Scope: reviewed cables only (0 of 1 cable scored)");
        assertThat(WindowDriver.onFx(() -> row(view, "table-scores", "overall")))
                .containsExactly("overall", "0.00%", "0.00%", "0.00%", "0", "0", "0");

        // a narrow view: the long status line gives way, the buttons keep their whole names
        List<Double> shortfalls = WindowDriver.onFx(() -> {
            view.stage().setWidth(900);
            view.stage().getScene().getRoot().applyCss();
            view.stage().getScene().getRoot().layout();
            return java.util.stream.Stream.of("#report-scope", "#report-recompute", "#report-save-html")
                    .map(id -> (javafx.scene.layout.Region) view.stage().getScene().lookup(id))
                    .map(control -> control.prefWidth(-1) - control.getWidth()).toList();
        });
        assertThat(shortfalls).allSatisfy(shortfall -> assertThat(shortfall).isLessThan(0.5));

        // ... but the line that names a kept copy is read whole in it: wrapped, not cut ("kept as mine.h…")
        java.nio.file.Files.writeString(page, "my notes again\n");
        String shown = WindowDriver.onFx(() -> {
            view.saveHtmlTo(report, page);
            view.stage().getScene().getRoot().applyCss();
            view.stage().getScene().getRoot().layout();
            Label status = (Label) view.stage().getScene().lookup("#report-status");
            return ((javafx.scene.text.Text) status.lookup(".text")).getText();
        });
        assertThat(shown.replace("\n", " ").replaceAll(" +", " ")).endsWith("the old file is kept as mine.html.~2~");
    }

    /**
     * The scope line says what was scored, on a background of its own: its text must be readable on it in
     * both themes. Its colours were written into the view (a pale yellow), so the dark theme's light text
     * stood on it at about 1.2:1.
     */
    @Test
    void theScopeLineIsReadableInBothThemes(FxRobot robot) throws Exception {
        driver.awaitOpened();
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        ReportView view = WindowDriver.onFx(window::reportView);
        FxAwait.until("the report", view.reportProperty(), java.util.Objects::nonNull);
        for (Theme theme : List.of(Theme.DARK, Theme.LIGHT)) {
            double contrast = WindowDriver.onFx(() -> {
                window.view().themeProperty().set(theme);
                view.stage().getScene().getRoot().applyCss();
                Label scope = (Label) view.stage().getScene().lookup("#report-scope-line");
                Color background = (Color) scope.getBackground().getFills().get(0).getFill();
                return LabelContrastTest.contrast((Color) scope.getTextFill(), background);
            });
            assertThat(contrast).as("the scope line's text on its background, %s theme", theme).isGreaterThanOrEqualTo(4.5);
        }
    }

    /** The texts of the row of a report table whose first cell is {@code first}, as the table shows them. */
    @SuppressWarnings("unchecked")
    private static List<String> row(ReportView view, String tableId, String first) {
        TableView<List<Object>> table = (TableView<List<Object>>) view.stage().getScene().lookup("#" + tableId);
        for (int r = 0; r < table.getItems().size(); r++) {
            if (table.getColumns().get(0).getCellData(r).equals(first)) {
                int index = r;
                return table.getColumns().stream().map(column -> String.valueOf(column.getCellData(index))).toList();
            }
        }
        throw new AssertionError("no row " + first + " in " + tableId);
    }

    @SuppressWarnings("unchecked")
    private static long barValue(ReportView view, String chartId, String category) {
        XYChart<String, Number> chart = (XYChart<String, Number>) view.stage().getScene().lookup("#" + chartId);
        assertThat(chart).isInstanceOfAny(BarChart.class, StackedBarChart.class);
        return chart.getData().get(0).getData().stream().filter(d -> d.getXValue().equals(category)).findFirst()
                .orElseThrow(() -> new AssertionError("no bar " + category + " in " + chartId)).getYValue().longValue();
    }

}
