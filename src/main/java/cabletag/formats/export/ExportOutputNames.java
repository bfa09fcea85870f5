package cabletag.formats.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The outputs an export writes, named as the user gave {@code --output}: the file itself, or with a split its three
 * parts ({@code data.train.jsonl}, {@code data.dev.jsonl}, {@code data.test.jsonl}, never {@code data.jsonl}), and hf's
 * label list beside them; a folder target is the folder, which holds its parts. A line about the whole set (an
 * export a signal ended: nothing of it written, or all of it) names these, not the one name they were made from.
 */
public final class ExportOutputNames {

    private ExportOutputNames() {
    }

    /** @param split the split, or null for none */
    public static List<String> of(String output, ExportFormat format, SplitRatios split) {
        if (format.writesFolder()) {
            return List.of(output);
        }
        int slash = Math.max(output.lastIndexOf('/'), output.lastIndexOf(java.io.File.separatorChar));
        String folder = output.substring(0, slash + 1);
        String file = output.substring(slash + 1);
        List<String> names = new ArrayList<>();
        if (split == null) {
            names.add(output);
        } else {
            for (SplitRatios.Part part : SplitRatios.Part.values()) {
                names.add(folder + Outputs.partFileName(file, part, ""));
            }
        }
        if (format == ExportFormat.HF) {
            names.add(folder + Outputs.partFileName(file, null, HfWriter.LABELS_SUFFIX));
        }
        return names;
    }
}
