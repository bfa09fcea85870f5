package cabletag.cli;

import cabletag.formats.CorpusFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and folders named on the command line, and how many documents each gave. An input that was
 * named but gave none (an empty folder, a folder of broken files, a dataset whose every line is bad, a
 * file in an encoding that cannot be read) must not end in a "0 cables" success.
 */
final class NamedInputs {

    private final List<Path> inputs;
    private final long[] files;
    private final long[] documents;
    private final long[] problems;

    NamedInputs(List<Path> inputs, List<CorpusFile> listed) {
        this.inputs = List.copyOf(inputs);
        this.files = new long[inputs.size()];
        this.documents = new long[inputs.size()];
        this.problems = new long[inputs.size()];
        for (CorpusFile file : listed) {
            int input = inputOf(file);
            if (input >= 0) {
                files[input]++;
            }
        }
    }

    /** Counts the documents read from one file toward the input it was found under. */
    void read(CorpusFile file, int documentCount, int problemCount) {
        int input = inputOf(file);
        if (input >= 0) {
            documents[input] += documentCount;
            problems[input] += problemCount;
        }
    }

    /** One line for every named input that gave no document, naming it and saying why. */
    List<String> nothingRead() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (documents[i] > 0) {
                continue;
            }
            Path input = inputs.get(i);
            String why;
            if (!Files.isDirectory(input)) {
                why = "no cable or document read from this file" + (problems[i] > 0 ? " (see the problems above)" : " (it holds none)");
            } else if (files[i] == 0) {
                why = "no cable or dataset file in this folder";
            } else {
                why = "no cable or document read from this folder: its " + files[i]
                        + (files[i] == 1 ? " file was" : " files were") + " not readable (see the problems above)";
            }
            lines.add(input + ": error: " + why);
        }
        return lines;
    }

    private int inputOf(CorpusFile file) {
        for (int i = 0; i < inputs.size(); i++) {
            if (file.path().startsWith(inputs.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
