import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The floor of a JVM program for `export -f jsonl` (docs/PERFORMANCE.md): lists the files under a folder,
 * reads and decodes them on all cores, and writes each as one line {"text": "..."} in name order. No tags
 * parsed, no spans, no ids: what any Java program pays to start, compile itself and move the bytes.
 *
 *   javac -d /tmp/floor docs/bench/FloorExport.java
 *   java -Xmx512m -cp /tmp/floor FloorExport out.jsonl /tmp/bench-24k
 */
public class FloorExport {

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(args[0]), StandardCharsets.UTF_8), 1 << 16)) {
            int batch = 256;
            for (int from = 0; from < files.size(); from += batch) {
                List<String> lines = files.subList(from, Math.min(files.size(), from + batch)).parallelStream()
                        .map(FloorExport::line).collect(Collectors.toList());
                for (String line : lines) {
                    out.write(line);
                }
            }
        }
    }

    private static String line(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder b = new StringBuilder(text.length() + 16).append("{\"text\": \"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20) {
                b.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                b.append(c);
            }
        }
        return b.append("\"}\n").toString();
    }
}
