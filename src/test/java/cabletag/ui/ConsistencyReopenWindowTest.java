package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.consistency.Finding;
import cabletag.workspace.Workspace;
import cabletag.workspace.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File ▸ Open of another corpus while the Consistency and Report views are open: both are rebuilt over the
 * corpus now open, and never go on showing the findings and figures of the one closed.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ConsistencyReopenWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;
    private final SimpleObjectProperty<Workspace> opened = new SimpleObjectProperty<>();

    @Start
    void start(Stage stage) throws Exception {
        w = WindowDriver.open(stage, temp, "a.txt", "[PER Rubaie  ] met [LOC Rubaie  ] .\n");
        w.window.setOnOpened(opened::set);
    }

    private static boolean has(List<Finding> findings, String key) {
        return findings.stream().anyMatch(f -> f.key().equals(key));
    }

    @Test
    void theViewsFollowTheCorpusOpened() throws Exception {
        w.awaitOpened();
        ConsistencyView before = onFx(() -> w.window.showConsistency());
        FxAwait.until("the first corpus's findings", () -> has(before.findings().getItems(), "labels:rubaie"), before.findings().getItems());
        ReportView reportBefore = onFx(() -> w.window.showReport());
        FxAwait.until("the first corpus's report", reportBefore.reportProperty(), r -> r != null && r.cables() == 1);

        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("b.txt"), "[PER Erbil  ] is far .\n");
        Files.writeString(other.resolve("c.txt"), "[LOC Erbil  ] is near .\n");
        onFx(() -> {
            w.window.open(List.of(other));
            return null;
        });
        Workspace now = FxAwait.until("the other corpus open", opened, ws -> ws != null && ws.inputs().contains(other));

        ConsistencyView after = onFx(w.window::consistencyView);
        assertThat(after).isNotSameAs(before);
        assertThat(after.workspace()).isSameAs(now);
        assertThat(onFx(() -> before.stage().isShowing())).as("the old view closed").isFalse();
        assertThat(onFx(() -> after.stage().isShowing())).as("the new view shown").isTrue();
        FxAwait.until("the other corpus's findings", () -> has(after.findings().getItems(), "labels:erbil"), after.findings().getItems());
        assertThat(onFx(() -> has(after.findings().getItems(), "labels:rubaie"))).isFalse();

        ReportView reportAfter = onFx(w.window::reportView);
        assertThat(reportAfter).isNotSameAs(reportBefore);
        assertThat(reportAfter.workspace()).isSameAs(now);
        assertThat(onFx(() -> reportBefore.stage().isShowing())).isFalse();
        Report report = FxAwait.until("the other corpus's report", reportAfter.reportProperty(), r -> r != null);
        assertThat(report.cables()).isEqualTo(2);
    }
}
