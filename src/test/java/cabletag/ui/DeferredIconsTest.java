package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DeferredIconsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theWindowGetsEveryIconOnceTheFirstCableIsShown() throws Exception {
        CountDownLatch given = iconsGiven();
        DeferredIcons icons = onFx(() -> DeferredIcons.start(stage));
        icons.firstCableShown();
        assertThat(given.await(10, TimeUnit.SECONDS)).as("icons given").isTrue();
        assertThat(stage.getIcons()).extracting(Image::getWidth)
                .containsExactly(16.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(stage.getIcons()).noneMatch(Image::isError);
    }

    @Test
    void aWindowWithoutACableGetsItsIconsAllTheSame() throws Exception {
        CountDownLatch given = iconsGiven();
        onFx(() -> DeferredIcons.start(stage)); // no cable is ever shown
        assertThat(given.await(10, TimeUnit.SECONDS)).as("icons given").isTrue();
        assertThat(stage.getIcons()).hasSize(AppIdentity.ICON_SIZES.length);
    }

    private CountDownLatch iconsGiven() {
        CountDownLatch given = new CountDownLatch(1);
        stage.getIcons().addListener((ListChangeListener<Image>) change -> given.countDown());
        return given;
    }
}
