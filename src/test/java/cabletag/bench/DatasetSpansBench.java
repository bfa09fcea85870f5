package cabletag.bench;

import cabletag.core.Document;
import cabletag.formats.reader.FormatReader;
import cabletag.formats.dataset.BratFormat;
import cabletag.formats.dataset.ConllFormat;
import cabletag.formats.dataset.DoccanoFormat;
import cabletag.formats.dataset.JsonlFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Time to read one document with many entities in each dataset format (jsonl, doccano, brat, CoNLL),
 * to show the readers stay linear in the number of entities. Run:
 * {@code java -cp … cabletag.bench.DatasetSpansBench [SPANS …]}
 */
public final class DatasetSpansBench {

    private DatasetSpansBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] counts = args.length == 0 ? new int[] {25_000, 50_000, 100_000, 200_000}
                : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("dataset-spans-bench");
        try {
            System.out.println("format spans seconds");
            for (int spans : counts) {
                for (String format : new String[] {"jsonl", "doccano", "brat", "conll"}) {
                    Path file = write(dir, format, spans);
                    FormatReader reader = reader(format);
                    long start = System.nanoTime();
                    Document document = reader.read(file, file.getFileName().toString()).get(0);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (document.spans().size() != spans) {
                        throw new IllegalStateException(format + ": read " + document.spans().size() + " of " + spans);
                    }
                    System.out.printf("%s %d %.2f%n", format, spans, seconds);
                }
            }
        } finally {
            BenchFolders.delete(dir);
        }
    }

    private static FormatReader reader(String format) {
        return switch (format) {
            case "jsonl" -> new JsonlFormat();
            case "doccano" -> new DoccanoFormat();
            case "brat" -> new BratFormat();
            default -> new ConllFormat();
        };
    }

    /** One document of {@code spans} words "w0 w1 …", each word an entity. */
    public static Path write(Path dir, String format, int spans) throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder entities = new StringBuilder();
        int offset = 0;
        for (int i = 0; i < spans; i++) {
            String word = "w" + i;
            if (i > 0) {
                text.append(' ');
                offset++;
            }
            text.append(word);
            switch (format) {
                case "jsonl" -> entities.append(i > 0 ? "," : "").append("{\"start\":").append(offset)
                        .append(",\"end\":").append(offset + word.length()).append(",\"label\":\"PER\"}");
                case "doccano" -> entities.append(i > 0 ? "," : "").append('[').append(offset).append(',')
                        .append(offset + word.length()).append(",\"PER\"]");
                case "brat" -> entities.append('T').append(i + 1).append("\tPER ").append(offset).append(' ')
                        .append(offset + word.length()).append('\t').append(word).append('\n');
                default -> entities.append(word).append(" B-PER\n");
            }
            offset += word.length();
        }
        return switch (format) {
            case "jsonl" -> Files.writeString(dir.resolve("big.jsonl"),
                    "{\"text\":\"" + text + "\",\"spans\":[" + entities + "]}\n", StandardCharsets.UTF_8);
            case "doccano" -> Files.writeString(dir.resolve("big-doccano.jsonl"),
                    "{\"text\":\"" + text + "\",\"label\":[" + entities + "]}\n", StandardCharsets.UTF_8);
            case "brat" -> {
                Files.writeString(dir.resolve("big.txt"), text, StandardCharsets.UTF_8);
                yield Files.writeString(dir.resolve("big.ann"), entities, StandardCharsets.UTF_8);
            }
            default -> Files.writeString(dir.resolve("big.conll"), entities, StandardCharsets.UTF_8);
        };
    }
}
