package cabletag.formats;

import java.nio.file.Path;

/** One file of a corpus: where it is, and its name relative to the input it was found under. */
public record CorpusFile(Path path, String name) { }
