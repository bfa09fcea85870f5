package cabletag.cli;

import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
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
    private final int[] owners;
    private final long[] files;
    private final long[] documents;
    private final long[] problems;
    /** Files an input reached that an earlier input had listed: read there, so not "nothing read" here. */
    private final long[] repeated;

    /**
     * @param owners for every listed file, in listing order, the index of the input it was found under
     *               (a file reached under two inputs is listed under the first, in listing order)
     * @param repeated for every input, the files it reached that an earlier input had listed
     */
    NamedInputs(List<Path> inputs, int[] owners, long[] repeated) {
        this.inputs = List.copyOf(inputs);
        this.owners = owners.clone();
        this.files = new long[inputs.size()];
        this.documents = new long[inputs.size()];
        this.problems = new long[inputs.size()];
        this.repeated = repeated.clone();
        for (int owner : owners) {
            files[owner]++;
        }
    }

    /**
     * Lists the inputs one by one, in the listing's order, so every file is known to come from the input it
     * was listed for; a file already listed under an earlier input is not listed again, and the input that
     * reached it again counts it as {@link #repeated}.
     */
    static NamedInputs listing(CorpusReader reader, List<Path> inputs, List<CorpusFile> files, List<String> problems,
                               List<Integer> problemPlaces) {
        List<Path> ordered = CorpusReader.inListingOrder(inputs);
        java.util.Set<Object> seen = new java.util.HashSet<>();
        List<Integer> owners = new ArrayList<>();
        long[] repeated = new long[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            CorpusReader.Listing listing = reader.list(List.of(ordered.get(i)), seen);
            int before = files.size();
            files.addAll(listing.files());
            problems.addAll(listing.problems());
            for (int place : listing.problemPlaces()) {
                problemPlaces.add(before + place); // among all the files listed, not only this input's
            }
            repeated[i] = listing.repeated();
            for (int k = 0; k < listing.files().size(); k++) {
                owners.add(i);
            }
        }
        return new NamedInputs(ordered, owners.stream().mapToInt(Integer::intValue).toArray(), repeated);
    }

    /** Counts what the file at {@code fileIndex} of the listing gave toward the input it was listed for. */
    void read(int fileIndex, int documentCount, int problemCount) {
        int input = owners[fileIndex];
        documents[input] += documentCount;
        problems[input] += problemCount;
    }

    /** One line for every named input that gave no document, naming it and saying why. */
    List<String> nothingRead() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (documents[i] > 0 || (files[i] == 0 && repeated[i] > 0)) {
                continue;
            }
            Path input = inputs.get(i);
            String why;
            if (!Files.isDirectory(input) && files[i] == 0) {
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
