package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where a secondary window goes on a 1024×700 screen, over a window filling it and over a small one. */
class OwnersScreenTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1024, 700);

    private static boolean inside(Rectangle2D placed, Rectangle2D screen) {
        return placed.getMinX() >= screen.getMinX() && placed.getMinY() >= screen.getMinY()
                && placed.getMaxX() <= screen.getMaxX() && placed.getMaxY() <= screen.getMaxY();
    }

    @Test
    void theReportCardConsistencyViewAndKeySheetFitA1024By700Screen() {
        for (double[] size : new double[][] {{1280, 900}, {1100, 640}, {960, 720}}) {
            Rectangle2D placed = OwnersScreen.place(size[0], size[1], SCREEN, SCREEN);
            assertThat(inside(placed, SCREEN)).as("%s×%s placed at %s", size[0], size[1], placed).isTrue();
            assertThat(placed.getWidth()).isEqualTo(Math.min(size[0], 1024));
            assertThat(placed.getHeight()).isEqualTo(Math.min(size[1], 700));
        }
    }

    @Test
    void aWindowThatFitsKeepsItsSizeCentredOnItsOwnerAndMovesInOnlyAtAnEdge() {
        Rectangle2D owner = new Rectangle2D(100, 100, 600, 400);
        assertThat(OwnersScreen.place(400, 200, owner, SCREEN)).isEqualTo(new Rectangle2D(200, 200, 400, 200));
        Rectangle2D nearTheEdge = new Rectangle2D(700, 500, 300, 200);
        assertThat(OwnersScreen.place(500, 300, nearTheEdge, SCREEN)).isEqualTo(new Rectangle2D(524, 400, 500, 300));
    }

    @Test
    void aSecondScreenBesideThePrimaryIsWhereItsOwnersWindowsGo() {
        Rectangle2D right = new Rectangle2D(1024, 0, 1920, 1080);
        Rectangle2D owner = new Rectangle2D(1100, 50, 1024, 700);
        Rectangle2D placed = OwnersScreen.place(1280, 900, owner, right);
        assertThat(inside(placed, right)).as("%s on %s", placed, right).isTrue();
        assertThat(placed.getWidth()).isEqualTo(1280);
    }
}
