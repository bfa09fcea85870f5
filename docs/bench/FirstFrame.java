import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

/**
 * The floor of a JavaFX window on this machine (docs/PERFORMANCE.md): a TextArea holding the first file of
 * a folder, nothing else, from the same jar's JavaFX. Prints the epoch milliseconds of its second pulse
 * after show() (the first frame is painted by then) and exits, like -Dcabletag.exitAfterFirstCable does.
 *
 *   javac -cp target/cabletag.jar -d /tmp/ff docs/bench/FirstFrame.java
 *   t0=$(date +%s%3N); java -cp target/cabletag.jar:/tmp/ff FirstFrame seeds   # prints "first frame at <epoch ms>"
 *   java -cp target/cabletag.jar:/tmp/ff FirstFrame seeds --stay               # stays open: for first_pixels.c
 */
public class FirstFrame {

    public static void main(String[] args) {
        Application.launch(Window.class, args); // a main class that is no Application: JavaFX from the class path
    }

    public static class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path first;
            try (var files = Files.list(Path.of(getParameters().getRaw().get(0)))) {
                first = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
            }
            stage.setScene(new Scene(new TextArea(Files.readString(first, StandardCharsets.UTF_8)), 1000, 700));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        System.out.println("first frame at " + System.currentTimeMillis());
                        stop();
                        if (!getParameters().getRaw().contains("--stay")) { // --stay: left open for first_pixels
                            Platform.exit();
                        }
                    }
                }
            }.start();
        }
    }
}
