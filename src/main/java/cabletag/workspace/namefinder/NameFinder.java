package cabletag.workspace.namefinder;

import cabletag.formats.io.AtomicFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * A statistical name finder: Apache OpenNLP's maximum-entropy {@link NameFinderME}, trained on the
 * analyst's sentences, with names coded BIO by OpenNLP's own {@link BioCodec}.
 *
 * <p>This package is the only one that uses OpenNLP (ArchitectureTest holds it so): the rest of the
 * program speaks in tokens and {@link TokenName}s, so the library can be upgraded or replaced here alone,
 * and its classes (and its logging) load only when suggestions are asked for.
 *
 * <p>Not thread-safe for {@link #find}: {@code NameFinderME} keeps adaptive data between calls; each
 * caller makes its own finder from the shared model ({@link #copy}).
 */
public final class NameFinder {

    static {
        // OpenNLP logs through SLF4J, and cabletag ships no SLF4J provider: without this, SLF4J's warning that
        // there is none lands on the standard error of every command that suggests. Its logs are not needed.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    /** What OpenNLP calls the language; the cables are English. */
    private static final String LANGUAGE = "en";

    /** Why a training found nothing to learn from when no sentence has a name. */
    public static final String NO_ENTITY = "no entity to learn from";

    private final TokenNameFinderModel model;
    private final NameFinderME finder;

    private NameFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finder = new NameFinderME(model);
    }

    /**
     * Trains on these sentences, each taken {@code weight} times ({@link WeightedSentences}). Feature
     * cut-off 1: a corpus of a few reviewed cables sees most names once, and the default cut-off of 5
     * would drop exactly those features. Throws IllegalArgumentException, its message saying what is missing,
     * when there is nothing to learn from: no names at all, or names on every token ({@code [PER Ali  ]} alone, or
     * {@code [PER Ali  ] [LOC Basra  ]}). With one label OpenNLP cannot train ("Training data must contain more than
     * one outcome", words that tell the analyst nothing about their cables); with several it trains a model that never
     * saw a word that is no name, and so takes every word of an untagged cable for one.
     */
    public static NameFinder train(List<WeightedSentences> data, int iterations) throws IOException {
        boolean anyName = data.stream().anyMatch(part -> part.weight() > 0
                && part.sentences().stream().anyMatch(sentence -> !sentence.names().isEmpty()));
        if (!anyName) {
            throw new IllegalArgumentException(NO_ENTITY);
        }
        if (!anyUntaggedWord(data)) {
            throw new IllegalArgumentException("no untagged word to learn from (every token is tagged " + labels(data) + ")");
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderFactory factory = new TokenNameFinderFactory(null, java.util.Map.of(), new BioCodec());
        TokenNameFinderModel model = NameFinderME.train(LANGUAGE, null, new Samples(data), parameters, factory);
        return new NameFinder(model);
    }

    /** Whether a sentence that counts has a token outside its names: what OpenNLP's BIO coding calls "other". */
    private static boolean anyUntaggedWord(List<WeightedSentences> data) {
        for (WeightedSentences part : data) {
            if (part.weight() <= 0) {
                continue;
            }
            for (TokenizedSentence sentence : part.sentences()) {
                java.util.BitSet tagged = new java.util.BitSet(sentence.size());
                for (TokenName name : sentence.names()) {
                    tagged.set(name.start(), name.end());
                }
                if (tagged.cardinality() < sentence.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The labels of the names that count, in order: "PER", "LOC or PER", "LOC, ORG or PER". */
    private static String labels(List<WeightedSentences> data) {
        TreeSet<String> labels = new TreeSet<>();
        for (WeightedSentences part : data) {
            if (part.weight() > 0) {
                part.sentences().forEach(sentence -> sentence.names().forEach(name -> labels.add(name.label())));
            }
        }
        String last = labels.pollLast();
        return labels.isEmpty() ? last : String.join(", ", labels) + " or " + last;
    }

    /** The names in one sentence's tokens, each with OpenNLP's probability. */
    public List<TokenName> find(String[] tokens) {
        Span[] spans = finder.find(tokens);
        double[] probabilities = finder.probs(spans);
        finder.clearAdaptiveData(); // each sentence on its own: suggestions must not depend on reading order
        List<TokenName> names = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            names.add(new TokenName(spans[i].getStart(), spans[i].getEnd(), spans[i].getType(), probabilities[i]));
        }
        return names;
    }

    /** A finder of its own over the same model, for another thread. */
    public NameFinder copy() {
        return new NameFinder(model);
    }

    /**
     * The rules this cabletag trains by, written at the head of every saved model: raised with every change of what
     * a model learns from or how (2: tags on every token are nothing to learn from, f3cd4ab; a model trained before
     * took every word of an untagged cable for a name). A saved model of another format is not used
     * ({@link OutdatedModelException}); models saved before the format was written are format 1.
     */
    public static final int FORMAT = 2;

    /** The head of a saved model, before its format and a line break; OpenNLP's own bytes follow. */
    static final String HEAD = "cabletag-namefinder ";

    /** Writes the model atomically (a kill leaves the old model or the new one), headed by its {@link #FORMAT}. */
    public void save(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((HEAD + FORMAT + "\n").getBytes(StandardCharsets.US_ASCII));
        model.serialize(bytes);
        AtomicFile.write(file, bytes.toByteArray());
    }

    /**
     * Reads a model written by {@link #save}. Throws {@link OutdatedModelException} for a model of another
     * {@link #FORMAT} (or none: an OpenNLP model as saved before), IOException naming what is wrong otherwise.
     */
    public static NameFinder load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        byte[] head = HEAD.getBytes(StandardCharsets.US_ASCII);
        if (startsWith(bytes, head)) {
            int end = head.length;
            while (end < bytes.length && end < head.length + 10 && bytes[end] != '\n') {
                end++;
            }
            int format;
            try {
                format = Integer.parseInt(new String(bytes, head.length, end - head.length, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new IOException("not a name-finder model: its head names no format");
            }
            if (format != FORMAT) {
                throw new OutdatedModelException(format, false);
            }
            start = end + 1;
        } else if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            throw new OutdatedModelException(1, true); // OpenNLP's zip with no head: saved before the format was written
        } else {
            throw new IOException("not a name-finder model");
        }
        try {
            return new NameFinder(new TokenNameFinderModel(new ByteArrayInputStream(bytes, start, bytes.length - start)));
        } catch (RuntimeException e) {
            throw new IOException("not a name-finder model: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The training sentences as OpenNLP's stream of samples, each repeated by its part's weight. */
    private static final class Samples implements ObjectStream<NameSample> {
        private final List<WeightedSentences> data;
        private Iterator<NameSample> current;

        Samples(List<WeightedSentences> data) {
            this.data = data;
            reset();
        }

        @Override
        public NameSample read() {
            return current.hasNext() ? current.next() : null;
        }

        @Override
        public void reset() {
            List<NameSample> samples = new ArrayList<>();
            for (WeightedSentences part : data) {
                for (int copy = 0; copy < part.weight(); copy++) {
                    for (TokenizedSentence sentence : part.sentences()) {
                        samples.add(sample(sentence));
                    }
                }
            }
            current = samples.iterator();
        }

        private static NameSample sample(TokenizedSentence sentence) {
            Span[] names = new Span[sentence.names().size()];
            for (int i = 0; i < names.length; i++) {
                TokenName name = sentence.names().get(i);
                names[i] = new Span(name.start(), name.end(), name.label());
            }
            // clearAdaptiveData: every sentence stands alone, as find() reads them
            return new NameSample(sentence.tokens(), names, true);
        }
    }
}
