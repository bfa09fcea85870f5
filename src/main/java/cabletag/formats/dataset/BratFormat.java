package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.SpanSet;
import cabletag.formats.reader.ByteOrderMark;
import cabletag.formats.reader.FormatException;
import cabletag.formats.reader.FormatReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * brat standoff: {@code NAME.ann} with its text in the companion {@code NAME.txt}. Text-bound
 * annotations ({@code T1<TAB>PER 0 6<TAB>Rubaie}) become entities; a fragmented one
 * ({@code 0 5;6 11}) is read as its whole extent. Relations, events, attributes, normalisations and
 * notes are not carried, and each such line is named as annotation lost ({@link BratNonEntityLine}). Offsets are code points of the {@code .txt}, which is kept exactly as it is.
 * A cable's tags in the {@code .txt} are words of its text here, and named as annotation lost ({@link CableTagsInBratText}).
 */
public final class BratFormat implements FormatReader {

    private static final Set<String> CONFIGURATION = Set.of("annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf");

    @Override
    public String name() {
        return "brat";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ann");
    }

    @Override
    public boolean isCompanion(String name, Predicate<String> siblingIsFile) {
        if (CONFIGURATION.contains(name)) {
            return true;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        return siblingIsFile.test(name.substring(0, name.length() - 4) + ".ann");
    }

    @Override
    public List<Document> read(Path file, String name) throws IOException, FormatException {
        String annName = file.getFileName().toString();
        Path txtFile = file.resolveSibling(annName.substring(0, annName.length() - 4) + ".txt");
        if (!Files.isRegularFile(txtFile)) {
            throw new FormatException(1, 1, "no " + txtFile.getFileName() + " beside " + annName + " (brat keeps the text there)");
        }
        String text = bratText(Files.readAllBytes(txtFile), txtFile.getFileName().toString());
        String annotations = utf8(Files.readAllBytes(file), annName);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (NulInTextFile.count(text) > 0) {
            diagnostics.add(NulInTextFile.inBratText(text, txtFile.getFileName().toString()));
            text = text.replace('\0', '\uFFFD'); // one character for one: the .ann's offsets stay
        }
        int afterTextProblems = diagnostics.size();
        SpanCollector spans = new SpanCollector(text, diagnostics);
        String[] lines = annotations.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("T")) {
                readEntity(line, i + 1, text, spans, diagnostics);
            } else if (BratNonEntityLine.matches(line)) {
                diagnostics.add(BratNonEntityLine.notCarried(line, i + 1));
            } else if (!line.isBlank()) {
                diagnostics.add(Diagnostic.dropped("bad-line", i + 1, 1, "not a brat annotation line; ignored"));
            }
        }
        SpanSet entities = spans.spans();
        Diagnostic tagsLost = CableTagsInBratText.of(text, txtFile.getFileName().toString(), annName, entities);
        if (tagsLost != null) {
            diagnostics.add(afterTextProblems, tagsLost); // about the .txt, as a NUL in it is: before the .ann's lines
        }
        String id = JsonLinesReader.baseName(name);
        return List.of(new Document(id, DocumentSource.ofCleanText(name, SourceFormat.BRAT, text), text, entities,
                Map.of(), diagnostics));
    }

    private static void readEntity(String line, int number, String text, SpanCollector spans, List<Diagnostic> diagnostics) {
        String[] fields = line.split("\t", 3);
        if (fields.length < 2) {
            diagnostics.add(Diagnostic.dropped("bad-entity", number, 1, "expected ID<TAB>TYPE START END<TAB>TEXT; ignored"));
            return;
        }
        int typeColumn = fields[0].length() + 2;
        String[] typeAndRanges = fields[1].split(" ", 2);
        if (typeAndRanges.length < 2) {
            diagnostics.add(Diagnostic.dropped("bad-entity", number, typeColumn, "entity without offsets; ignored"));
            return;
        }
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        List<long[]> fragments = new ArrayList<>();
        for (String range : typeAndRanges[1].split(";")) {
            String[] bounds = range.trim().split(" ");
            try {
                if (bounds.length != 2) {
                    throw new NumberFormatException(range);
                }
                long from = Long.parseLong(bounds[0]);
                long to = Long.parseLong(bounds[1]);
                fragments.add(new long[] {from, to});
                start = Math.min(start, from);
                end = Math.max(end, to);
            } catch (NumberFormatException e) {
                diagnostics.add(Diagnostic.dropped("bad-entity", number, typeColumn + typeAndRanges[0].length() + 1,
                        "offsets '" + typeAndRanges[1] + "' are not START END[;START END]; ignored"));
                return;
            }
        }
        long first = start;
        long last = end;
        java.util.function.Function<cabletag.core.Span, Diagnostic> widened = fragments.size() < 2 ? null
                : kept -> widened(fragments, text, spans, kept, first, last, fields[0], number, typeColumn);
        if (spans.add(start, end, typeAndRanges[0], number, typeColumn, widened) && fields.length == 3) {
            int from = spans.toUtf16(start);
            int to = spans.toUtf16(end);
            String expected = text.substring(from, to).replace('\r', ' ').replace('\n', ' ');
            if (!expected.equals(fields[2]) && !typeAndRanges[1].contains(";")) {
                diagnostics.add(Diagnostic.warning("text-mismatch", number, typeColumn + fields[1].length() + 1,
                        "annotation text '" + fields[2] + "' differs from the .txt at " + start + "-" + end + " ('"
                                + expected + "'); offsets kept"));
            }
        }
    }

    /**
     * What is said of a discontinuous entity ({@code 0 3;8 11}) read as one from its first fragment's start to its
     * last one's end: nothing when only line breaks lie between its fragments (brat cuts an entity there, and so
     * does the brat export) or other white space (the words covered are the same: {@code Camp|Ashraf}), else a
     * warning that names what the entity now covers that its fragments do not. An entity keeps one range in
     * cabletag, so a coordinated entity ({@code Ali … Bob}) is widened over the words between; it was widened
     * without a word.
     */
    private static Diagnostic widened(List<long[]> fragments, String text, SpanCollector points, cabletag.core.Span kept,
            long start, long end, String id, int number, int column) {
        boolean[] covered = new boolean[kept.end() - kept.start()];
        for (long[] fragment : fragments) {
            int from = points.toUtf16((int) Math.max(start, Math.min(fragment[0], end)));
            int to = points.toUtf16((int) Math.max(start, Math.min(fragment[1], end)));
            for (int i = from; i < to; i++) {
                covered[i - kept.start()] = true;
            }
        }
        StringBuilder between = new StringBuilder();
        boolean onlyWhiteSpace = true;
        for (int i = kept.start(); i < kept.end(); i++) {
            if (!covered[i - kept.start()]) {
                char c = text.charAt(i);
                onlyWhiteSpace &= cabletag.formats.reader.BratLineBreak.is(c) || Character.isWhitespace(c) || c == '\u00A0';
                between.append(c);
            } else if (between.length() > 0 && between.charAt(between.length() - 1) != '…') {
                between.append('…');
            }
        }
        if (onlyWhiteSpace) {
            return null;
        }
        String gaps = between.toString();
        if (gaps.endsWith("…")) {
            gaps = gaps.substring(0, gaps.length() - 1);
        }
        return Diagnostic.dropped("discontinuous", number, column, id + " " + kept.label() + " has " + fragments.size()
                + " fragments with text between them; read as one entity from " + start + " to " + end + ", '"
                + shown(kept.textIn(text)) + "', which also covers '" + shown(gaps) + "' between them: an entity is one range"
                + " here, and every export writes it so");
    }

    private static String shown(String text) {
        return text.codePointCount(0, text.length()) <= 60 ? text : text.substring(0, text.offsetByCodePoints(0, 60)) + "…";
    }

    /**
     * The {@code .txt} as brat counts it. brat reads it as UTF-8 without taking a leading U+FEFF for a
     * byte order mark (Python's {@code open(encoding='utf-8')} keeps it): the bytes EF BB BF are a
     * character at offset 0, and the {@code .ann}'s offsets count it. Dropping it, as a mark, would move
     * every entity one place to the left, and a text that starts with U+FEFF (as a jsonl document may)
     * would not come back from a brat export. A UTF-16/32 mark is the encoding's signature, which brat
     * cannot read anyway: it is dropped, as Python's {@code utf-16} codec drops it.
     */
    private static String bratText(byte[] bytes, String fileName) throws FormatException {
        try {
            return ByteOrderMark.of(bytes).filter(mark -> mark == ByteOrderMark.UTF_8).isPresent()
                    ? ByteOrderMark.decodeUtf8KeepingMark(bytes)
                    : ByteOrderMark.decodeText(bytes);
        } catch (CharacterCodingException e) {
            throw notUtf8(fileName);
        }
    }

    private static String utf8(byte[] bytes, String fileName) throws FormatException {
        try {
            return ByteOrderMark.decodeText(bytes); // UTF-8, or UTF-16/32 by its byte order mark
        } catch (CharacterCodingException e) {
            throw notUtf8(fileName);
        }
    }

    private static FormatException notUtf8(String fileName) {
        return new FormatException(1, 1, fileName + " is not UTF-8 text (brat files are UTF-8, or UTF-16/32 with a byte order mark)");
    }
}
