package cabletag.formats.export;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * brat standoff: {@code NAME.txt} holds the clean text, {@code NAME.ann} one line per entity
 * ({@code T1<TAB>PER 0 6<TAB>Rubaie}, code point offsets), {@code annotation.conf} at the root lists the
 * labels. An entity that runs over a line break (any character where Python's {@code splitlines()}, and
 * so brat, breaks a line: {@code \n}, {@code \r}, U+2028 ...) is written as fragments ({@code 0 5;6 11})
 * that leave the breaks out, as brat itself does, because an annotation line cannot hold a line break.
 */
final class BratWriter implements DocumentWriter {

    /** The label list at the root of the folder, which no document's name may take. */
    private static final String CONF = "annotation.conf";

    private final Outputs outputs;
    private final FolderNames names = new FolderNames(CONF);
    private final Set<Label> labels = new TreeSet<>();
    /** Why a document is not under the name it asked for, one note each. */
    private final java.util.List<String> notes = new java.util.ArrayList<>();

    BratWriter(Outputs outputs) {
        this.outputs = outputs;
    }

    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        Document document = aligned.document();
        FolderNames.Named named = names.bratBase(document);
        String base = named.name();
        notes.addAll(named.notes());
        try (OutputStream txt = outputs.file(part, base + ".txt")) {
            txt.write(document.text().getBytes(StandardCharsets.UTF_8));
        }
        String text = document.text();
        CodePoints points = CodePoints.of(text);
        try (Writer ann = new OutputStreamWriter(outputs.file(part, base + ".ann"), StandardCharsets.UTF_8)) {
            int number = 1;
            StringBuilder line = new StringBuilder();
            for (Span span : document.spans()) {
                labels.add(span.label());
                line.setLength(0);
                line.append('T').append(number++).append('\t').append(span.label().name()).append(' ');
                appendFragments(line, text, points, span);
                line.append('\n');
                ann.write(line.toString());
            }
        }
    }

    /**
     * The entity's ranges, then a tab and its text: one range per stretch between line breaks (brat
     * cannot show a range over one), joined by {@code ;}, the stretches' texts joined by spaces as brat
     * joins them. A break at either edge leaves an empty range there ({@code 5 5}), so the entity read
     * back still starts and ends where jsonl and doccano say it does. Linear in the entity's length.
     */
    static void appendFragments(StringBuilder line, String text, CodePoints points, Span span) {
        StringBuilder shown = new StringBuilder(span.length());
        int from = span.start();
        boolean first = true;
        for (int i = span.start(); i <= span.end(); i++) {
            boolean edge = i == span.end();
            if (!edge && !isBratLineBreak(text.charAt(i))) {
                continue;
            }
            boolean empty = i == from;
            boolean keep = !empty || from == span.start() || edge;
            if (keep) {
                if (!first) {
                    line.append(';');
                    shown.append(' ');
                }
                line.append(DocumentWriter.codePoint(points, from)).append(' ').append(DocumentWriter.codePoint(points, i));
                shown.append(text, from, i);
                first = false;
            }
            from = i + 1;
        }
        line.append('\t').append(shown);
    }

    /**
     * Where brat's reader (Python's {@code str.splitlines()}) ends a line: line feed, carriage return,
     * vertical tab, form feed, file/group/record separators, NEL, line and paragraph separators.
     */
    static boolean isBratLineBreak(char c) {
        return cabletag.formats.reader.BratLineBreak.is(c); // the reader's: fragments split there read back unsaid
    }

    @Override
    public void finish() throws IOException {
        try (Writer conf = new OutputStreamWriter(outputs.rootFile(CONF), StandardCharsets.UTF_8)) {
            conf.write("# Written by cabletag: the entity labels of this export.\n[entities]\n");
            for (Label label : labels) {
                conf.write(label.name() + "\n");
            }
            conf.write("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain\n");
            conf.write("\n[events]\n\n[attributes]\n");
        }
    }

    @Override
    public java.util.List<String> notes() {
        return java.util.List.copyOf(notes);
    }
}
