package cabletag.cli;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.WholeFolders;
import cabletag.formats.export.AlignedDocument;
import cabletag.formats.export.TokenAligner;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Counts cables, sentences, tokens and entities per label (stored corrections applied).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "1:counted what could be read; problems named on standard error "
                + "(nothing is counted when a named input gave no cable or the corrections store cannot be read)", "2:bad use", "3:internal error"})
final class StatsCommand implements Callable<Integer> {

    /** The least widths of the table's two columns: the table of short labels is as it always was. */
    private static final int NAME_WIDTH = 12;
    private static final int NUMBER_WIDTH = 10;
    private static final String LABEL_INDENT = "  ";

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Option(names = "--no-corrections", description = "count the files as they are, without stored corrections")
    boolean noCorrections;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "cable files, dataset files and folders")
    List<Path> inputs;

    StatsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        inputs = WholeFolders.of(inputs); // corpus/* is corpus
        InputCorpus corpus = CommandSupport.open(inputs, !noCorrections, false, err);
        TokenAligner aligner = new TokenAligner();
        long cables = 0;
        long sentences = 0;
        long tokens = 0;
        Map<String, Long> entities = new TreeMap<>();
        // counted on the reading threads; only the sums are made here
        Iterator<Counted> documents = corpus.documents(document -> Counted.of(aligner.align(document), document));
        while (documents.hasNext()) {
            Counted counted = documents.next();
            cables++;
            sentences += counted.sentences();
            tokens += counted.tokens();
            for (String label : counted.labels()) {
                entities.merge(label, 1L, Long::sum);
            }
        }
        long total = entities.values().stream().mapToLong(Long::longValue).sum();
        if (json) {
            writeJson(cables, sentences, tokens, total, entities);
        } else {
            writeTable(cables, sentences, tokens, total, entities);
        }
        // the entities counted are those read: the ones dropped are named, and make it exit 1
        ProblemLine.printReading(err, corpus);
        return corpus.hadProblems() ? Cli.PROBLEMS : Cli.OK;
    }

    /**
     * The names left, the numbers right, in two columns as wide as their longest entry (a label of any
     * length keeps its count under the others); short labels give the table it always had.
     */
    private void writeTable(long cables, long sentences, long tokens, long total, Map<String, Long> entities) {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        rows.put("cables", cables);
        rows.put("sentences", sentences);
        rows.put("tokens", tokens);
        rows.put("entities", total);
        entities.forEach((label, count) -> rows.put(LABEL_INDENT + label, count));
        int nameWidth = NAME_WIDTH;
        int numberWidth = NUMBER_WIDTH;
        for (Map.Entry<String, Long> row : rows.entrySet()) {
            nameWidth = Math.max(nameWidth, row.getKey().length());
            numberWidth = Math.max(numberWidth, Long.toString(row.getValue()).length());
        }
        String line = "%-" + nameWidth + "s %" + numberWidth + "d%n";
        rows.forEach((name, count) -> out.printf(line, name, count));
        out.flush();
    }

    private void writeJson(long cables, long sentences, long tokens, long total, Map<String, Long> entities) throws IOException {
        JsonGenerator generator = new com.fasterxml.jackson.core.JsonFactory().createGenerator(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        generator.setPrettyPrinter(new DefaultPrettyPrinter());
        generator.writeStartObject();
        generator.writeNumberField("cables", cables);
        generator.writeNumberField("sentences", sentences);
        generator.writeNumberField("tokens", tokens);
        generator.writeNumberField("entities", total);
        generator.writeObjectFieldStart("entitiesByLabel");
        for (Map.Entry<String, Long> entry : entities.entrySet()) {
            generator.writeNumberField(entry.getKey(), entry.getValue());
        }
        generator.writeEndObject();
        generator.writeEndObject();
        JsonResult.end(generator);
    }

    /** One document's figures. */
    private record Counted(int sentences, int tokens, List<String> labels) {
        static Counted of(AlignedDocument aligned, Document document) {
            List<String> labels = new java.util.ArrayList<>(document.spans().size());
            for (Span span : document.spans()) {
                labels.add(span.label().name());
            }
            return new Counted(aligned.sentenceCount(), aligned.tokenCount(), labels);
        }
    }
}
