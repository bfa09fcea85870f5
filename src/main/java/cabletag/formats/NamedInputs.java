package cabletag.formats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and folders named as inputs, and how many documents each gave. An input that was named but
 * gave none (an empty folder, a folder of broken files, a dataset whose every line is bad, a file in an
 * encoding that cannot be read) must not end in a "0 cables" success: the commands and the window name it
 * with the same line ({@link #nothingRead}), so both count the same problems.
 */
public final class NamedInputs {

    private final List<Path> inputs;
    private final int[] owners;
    private final long[] files;
    private final long[] documents;
    private final long[] problems;
    /** Files an input reached that an earlier input had listed: read there, so not "nothing read" here. */
    private final long[] repeated;

    /**
     * @param inputs the inputs in listing order ({@link CorpusReader#inListingOrder})
     * @param filesOfInput for every input, how many files were listed under it; the files of the listing
     *                     come input by input, in that order
     * @param repeatedOfInput for every input, the files it reached that an earlier input had listed
     */
    NamedInputs(List<Path> inputs, int[] filesOfInput, int[] repeatedOfInput) {
        this.inputs = List.copyOf(inputs);
        this.files = new long[inputs.size()];
        this.documents = new long[inputs.size()];
        this.problems = new long[inputs.size()];
        this.repeated = new long[inputs.size()];
        int total = 0;
        for (int i = 0; i < inputs.size(); i++) {
            files[i] = filesOfInput[i];
            repeated[i] = repeatedOfInput[i];
            total += filesOfInput[i];
        }
        this.owners = new int[total];
        int file = 0;
        for (int i = 0; i < inputs.size(); i++) {
            for (int k = 0; k < filesOfInput[i]; k++) {
                owners[file++] = i;
            }
        }
    }

    /**
     * Lists the inputs as {@link CorpusReader#list} does, adding the files, the problem lines and each
     * problem's place among the files to the lists given; a file reached again under a later input is listed
     * once, under the first, and that input counts it as repeated.
     */
    public static NamedInputs listing(CorpusReader reader, List<Path> inputs, List<CorpusFile> files, List<String> problems,
                                      List<Integer> problemPlaces) {
        int before = files.size();
        SortedFolderWalk.Result result = SortedFolderWalk.walk(reader, inputs, files::addAll, new SeenFiles());
        problems.addAll(result.problems());
        for (int place : result.places()) {
            problemPlaces.add(before + place);
        }
        return result.namedInputs();
    }

    /** Counts what the file at {@code fileIndex} of the listing gave toward the input it was listed under. */
    public void read(int fileIndex, int documentCount, int problemCount) {
        int input = owners[fileIndex];
        documents[input] += documentCount;
        problems[input] += problemCount;
    }

    /**
     * One line for every named input that gave no document, naming it and saying why. An input that is
     * not there at all is left to the listing's own line about it ({@link CorpusReader#missingInput}).
     */
    public List<String> nothingRead() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (documents[i] > 0 || (files[i] == 0 && repeated[i] > 0)) {
                continue;
            }
            Path input = inputs.get(i);
            if (!Files.isDirectory(input) && !Files.isRegularFile(input)) {
                continue; // missing, a FIFO, a dangling link: the listing has said so
            }
            String why;
            if (!Files.isDirectory(input) && files[i] == 0 && !input.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
                why = "a brat configuration file, which holds no cable: brat reads it with the .ann files beside it "
                        + "(name them, or the folder)";
            } else if (!Files.isDirectory(input) && files[i] == 0) {
                why = "not read on its own: it belongs to another file (a brat NAME.txt is read with its NAME.ann; "
                        + "name the .ann, or the folder)";
            } else if (!Files.isDirectory(input)) {
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
}
