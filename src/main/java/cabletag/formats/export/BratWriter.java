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
 * labels. An entity that runs over a line break ({@code \n}, {@code \r\n} or {@code \r}) is written as
 * fragments ({@code 0 5;6 11}), as brat itself does, because an annotation line cannot hold a line break.
 */
final class BratWriter implements DocumentWriter {

    private final Outputs outputs;
    private final FolderNames names = new FolderNames();
    private final Set<Label> labels = new TreeSet<>();

    BratWriter(Outputs outputs) {
        this.outputs = outputs;
    }

    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        Document document = aligned.document();
        String base = names.bratBase(document);
        try (OutputStream txt = outputs.file(part, base + ".txt")) {
            txt.write(document.text().getBytes(StandardCharsets.UTF_8));
        }
        String text = document.text();
        CodePoints points = CodePoints.of(text);
        try (Writer ann = new OutputStreamWriter(outputs.file(part, base + ".ann"), StandardCharsets.UTF_8)) {
            int number = 1;
            for (Span span : document.spans()) {
                labels.add(span.label());
                ann.write("T" + number++ + "\t" + span.label().name() + " ");
                StringBuilder shown = new StringBuilder();
                int from = span.start();
                boolean first = true;
                for (int i = span.start(); i <= span.end(); i++) {
                    if (i < span.end() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        continue; // a CR ends a line too (CRLF, old Mac): no .ann line may hold one
                    }
                    if (i > from) {
                        if (!first) {
                            ann.write(';');
                            shown.append(' ');
                        }
                        ann.write(DocumentWriter.codePoint(points, from) + " " + DocumentWriter.codePoint(points, i));
                        shown.append(text, from, i);
                        first = false;
                    }
                    from = i + 1;
                }
                if (first) {
                    // Only line breaks: no fragment is left, yet an entity needs a range. Its one range shows
                    // the breaks as spaces, so the line stays one line.
                    ann.write(DocumentWriter.codePoint(points, span.start()) + " " + DocumentWriter.codePoint(points, span.end()));
                    shown.append(text.substring(span.start(), span.end()).replace('\r', ' ').replace('\n', ' '));
                }
                ann.write("\t" + shown + "\n");
            }
        }
    }

    @Override
    public void finish() throws IOException {
        try (Writer conf = new OutputStreamWriter(outputs.rootFile("annotation.conf"), StandardCharsets.UTF_8)) {
            conf.write("# Written by cabletag: the entity labels of this export.\n[entities]\n");
            for (Label label : labels) {
                conf.write(label.name() + "\n");
            }
            conf.write("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:contain\n");
            conf.write("\n[events]\n\n[attributes]\n");
        }
    }
}
