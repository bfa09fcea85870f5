package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.GivenTokens;
import cabletag.core.SourceFormat;
import cabletag.formats.reader.FormatException;
import cabletag.formats.reader.FormatReader;
import cabletag.formats.reader.TextLines;
import cabletag.formats.tokens.TagScheme;
import cabletag.formats.tokens.TokenSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CoNLL-2003 style columns: token first, NER tag in the last column, blank lines between sentences,
 * {@code -DOCSTART-} between documents. IOB2 or BIOES is recognised from the tags. The text of a
 * document is its tokens joined by single spaces, one sentence per line, and the document keeps those
 * tokens and sentences ({@link GivenTokens}): its text is no prose to cut again by word rules. Ill-formed
 * tag sequences are read leniently (as conlleval does) and reported.
 */
public final class ConllFormat implements FormatReader {

    private static final String DOCSTART = ConllHead.DOCSTART;

    @Override
    public String name() {
        return "conll";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".conll") || name.endsWith(".iob") || name.endsWith(".iob2") || name.endsWith(".bio")
                || name.endsWith(".bioes")) {
            return true;
        }
        return ConllHead.looksLikeConll(head);
    }

    /**
     * False when the bytes show the head cannot open with {@code -DOCSTART-}: its first byte after ASCII
     * white space is ASCII and not a hyphen. Only then is the decoding of the head skipped, which every
     * cable named {@code .txt} went through (a sixth of reading a corpus); a mark, other white space and
     * wide text still go through the decoded first line.
     */
    static boolean mayOpenWithDocstart(byte[] head) {
        if (cabletag.formats.reader.ByteOrderMark.startsWideText(head)) {
            return true;
        }
        int i = 0;
        while (i < head.length && head[i] >= 0 && Character.isWhitespace((char) head[i])) {
            i++;
        }
        return i < head.length && (head[i] == '-' || head[i] < 0);
    }

    @Override
    public List<Document> read(Path file, String name) throws IOException, FormatException {
        try (TextLines lines = TextLines.open(file)) {
            return read(lines, name);
        }
    }

    @Override
    public List<Document> read(Path file, String name, byte[] content) throws IOException, FormatException {
        try (TextLines lines = TextLines.of(content)) { // the corpus read it whole already: not opened a second time
            return read(lines, name);
        }
    }

    private List<Document> read(TextLines in, String name) throws IOException, FormatException {
        List<Document> documents = new ArrayList<>();
        List<FormatException> badLines = new ArrayList<>();
        DocumentBuilder current = new DocumentBuilder();
        ConllColumns columnsOfFile = new ConllColumns();
        String base = JsonLinesReader.baseName(name);
        while (true) {
            String line;
            try {
                line = in.next();
            } catch (TextLines.UndecodableLine bad) {
                // one bad byte costs the document of its line, as a line without a tag does: it was the whole file
                if (bad.lenientText().strip().replaceFirst("^\uFEFF", "").startsWith(DOCSTART)) {
                    current.finish(documents, name, base); // it opens a document all the same, the one it costs
                    current = new DocumentBuilder();
                    current.startedAt = bad.line();
                }
                badLines.add(bad.leftOut("the document of this line is left out"));
                current.broken = true;
                continue;
            }
            if (line == null) {
                break;
            }
            int number = in.number();
            Diagnostic midFileMark = null;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            } else if (line.startsWith("\uFEFF") && line.substring(1).strip().startsWith(DOCSTART)) {
                // where two files were joined (cat a.conll b.conll): the second's mark opens its -DOCSTART- line,
                // which read with it was no document start but a token \uFEFF-DOCSTART- of the first document. (Before
                // a token it is the token's first character: a text may begin with U+FEFF, and its export writes it so.)
                line = " " + line.substring(1); // a space: the columns of the line stay those of the file
                midFileMark = Diagnostic.warning("byte-order-mark", number, 1, "a byte-order mark (U+FEFF) before -DOCSTART-"
                        + " in the middle of the file, as where two files were joined: dropped, and the line read as the"
                        + " document start it is");
            }
            int nuls = NulInTextFile.count(line);
            int nulColumn = nuls == 0 ? 0 : NulInTextFile.column(line);
            String unreplaced = line;
            if (nuls > 0) {
                line = line.replace('\0', '\uFFFD'); // one character for one: columns and offsets stay
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                current.endSentence();
            } else if (trimmed.startsWith(DOCSTART)) {
                current = current.next(documents, name, base);
                current.startedAt = number;
                String rest = ConllHead.restOfDocstart(trimmed);
                if (rest != null) {
                    // -DOCSTART- memo: [PER Ali ] met: the line opens a document, and its words were dropped unsaid
                    int at = line.indexOf(rest.substring(0, rest.offsetByCodePoints(0, 1)), line.indexOf(DOCSTART) + DOCSTART.length());
                    current.diagnostics.add(Diagnostic.dropped("docstart-text", number, line.codePointCount(0, Math.max(0, at)) + 1,
                            "a -DOCSTART- line opens a document and holds nothing else but column values such as -X- and O:"
                            + " its '" + rest + "' is not read"));
                }
            } else {
                String[] columns = columnsOfFile.of(trimmed);
                if (columns.length < 2) {
                    // Read on: this document is left out, named; the others in the file are kept.
                    // a NUL where the space between token and tag was: the line as it is in the file (its NUL
                    // shown as \u0000, not as the U+FFFD it would have been read as), and the NUL named
                    badLines.add(new FormatException(number, 1, "expected a token and a tag, found '"
                            + (nuls > 0 ? unreplaced.strip() : trimmed) + "'"
                            + (nuls > 0 ? " (a NUL character at column " + nulColumn + ")" : "")
                            + "; the document of this line is left out"));
                    current.broken = true;
                } else {
                    Diagnostic dropped = columnsOfFile.counted(columns, trimmed, line, number);
                    if (dropped != null) {
                        current.diagnostics.add(dropped);
                    }
                    int tagColumn = line.lastIndexOf(columns[columns.length - 1]) + 1;
                    int tokenColumn = line.codePointCount(0, line.length() - line.stripLeading().length()) + 1;
                    current.token(columns[0], columns[columns.length - 1], number, tagColumn, tokenColumn);
                }
            }
            if (nuls > 0) {
                current.nuls(number, nulColumn, nuls); // after a -DOCSTART- line, the document it opens
            }
            if (midFileMark != null) {
                current.diagnostics.add(midFileMark); // after a -DOCSTART- line, the document it opens
            }
        }
        current.finish(documents, name, base);
        documents.removeIf(java.util.Objects::isNull); // the places of left-out documents kept the ids stable
        if (documents.isEmpty() && badLines.isEmpty()) {
            throw new FormatException(1, 1, "no token line in this file: an empty CoNLL file holds no document");
        }
        return cabletag.formats.reader.BadLinesException.unlessBad(documents, badLines);
    }

    /** One document's sentences as they are read. */
    private static final class DocumentBuilder {
        private final StringBuilder text = new StringBuilder();
        private int codePoints; // of text so far: counting it again per token made reading quadratic
        private final List<int[]> tokenOffsets = new ArrayList<>();   // per sentence token: start, end
        private final List<String> tags = new ArrayList<>();
        private final List<int[]> tagPlaces = new ArrayList<>();      // line, column of each tag
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private final List<long[]> spans = new ArrayList<>();          // start, end (code points) ...
        private final List<String> spanLabels = new ArrayList<>();
        private final List<int[]> spanPlaces = new ArrayList<>();
        private final GivenTokens.Builder given = new GivenTokens.Builder(); // UTF-16, as the document counts
        // where each token of the document stands in the file: its start in the text, its line and column
        private int[] placeStarts = new int[64];
        private int[] placeLines = new int[64];
        private int[] placeColumns = new int[64];
        private int placeCount;
        private int firstLine;
        /** Opened by a -DOCSTART- line: then it is a document even with no tokens (an empty cable). */
        int startedAt;
        /** A line of it had no tag: the document is left out rather than read with a token missing. */
        boolean broken;
        /** Its NULs, read as U+FFFD: how many, where the first is, and where in the diagnostics it is named. */
        private int nulCount;
        private int nulLine;
        private int nulColumn;
        private int nulDiagnostic;

        void nuls(int line, int column, int count) {
            if (nulCount == 0) {
                nulLine = line;
                nulColumn = column;
                nulDiagnostic = diagnostics.size();
            }
            nulCount += count;
        }

        void token(String token, String tag, int line, int column, int tokenColumn) {
            if (firstLine == 0) {
                firstLine = line;
            }
            if (!tags.isEmpty()) {
                text.append(' ');
            } else if (text.length() > 0) {
                text.append('\n');
            }
            if (text.length() > 0) {
                codePoints++; // the space or line break just appended
            }
            int start = codePoints;
            int givenStart = text.length();
            text.append(token);
            codePoints += token.codePointCount(0, token.length());
            tokenOffsets.add(new int[] {start, codePoints});
            given.token(givenStart, text.length());
            if (placeCount == placeStarts.length) {
                placeStarts = java.util.Arrays.copyOf(placeStarts, placeCount * 2);
                placeLines = java.util.Arrays.copyOf(placeLines, placeCount * 2);
                placeColumns = java.util.Arrays.copyOf(placeColumns, placeCount * 2);
            }
            placeStarts[placeCount] = givenStart;
            placeLines[placeCount] = line;
            placeColumns[placeCount++] = tokenColumn;
            tags.add(tag.toUpperCase(Locale.ROOT).equals("O") ? TagScheme.OUTSIDE : tag);
            tagPlaces.add(new int[] {line, column});
        }

        void endSentence() {
            if (tags.isEmpty()) {
                return;
            }
            given.endSentence();
            TagScheme scheme = tags.stream().anyMatch(t -> t.startsWith("E-") || t.startsWith("S-"))
                    ? TagScheme.BIOES : TagScheme.IOB2;
            // every tag that is no tag of the scheme is named (and read as O) before the sequence is checked:
            // checking names only the first problem, and the later bad tags were read as O unsaid
            List<String> usable = usableTags(scheme);
            // every bad tag of the sentence, each at its line: the first alone was named, the others read unsaid
            for (TagScheme.Problem problem : scheme.problems(usable)) {
                int[] place = tagPlaces.get(problem.token());
                diagnostics.add(Diagnostic.warning("bad-tags", place[0], place[1],
                        problem.message() + " (read leniently)"));
            }
            for (TokenSpan span : scheme.decode(usable)) {
                spans.add(new long[] {tokenOffsets.get(span.first())[0], tokenOffsets.get(span.end() - 1)[1]});
                spanLabels.add(span.label().name());
                spanPlaces.add(tagPlaces.get(span.first()));
            }
            tags.clear();
            tokenOffsets.clear();
            tagPlaces.clear();
        }

        /**
         * The sentence's tags as the scheme reads them. A tag whose label is no label name (B-person, B-) or
         * whose prefix is none of the scheme's (X-FOO) is reported, each at its own line, and read as O.
         */
        private List<String> usableTags(TagScheme scheme) {
            List<String> usable = new ArrayList<>(tags.size());
            for (int i = 0; i < tags.size(); i++) {
                String tag = tags.get(i);
                String label = TagScheme.labelOf(tag);
                String prefix = TagScheme.prefixOf(tag).toUpperCase(Locale.ROOT);
                boolean ok = tag.equals(TagScheme.OUTSIDE)
                        || (label != null && cabletag.core.Label.isEntityLabel(label.toUpperCase(Locale.ROOT))
                            && scheme.prefixes().contains(prefix));
                if (!ok) {
                    int[] place = tagPlaces.get(i);
                    // B-O, B-B-PER: a label that is itself a tag is said so
                    String upper = label == null ? null : label.toUpperCase(Locale.ROOT);
                    String why = upper != null && cabletag.core.Label.isValidName(upper)
                            ? cabletag.core.Label.whyATag(upper).map(reason -> ": its label " + reason).orElse("") : "";
                    diagnostics.add(Diagnostic.dropped("bad-tag", place[0], place[1], "'" + tag + "' is not a tag" + why + "; read as O"));
                }
                usable.add(ok ? (label == null ? tag : prefix + "-" + label.toUpperCase(Locale.ROOT)) : TagScheme.OUTSIDE);
            }
            return usable;
        }

        /**
         * Finishes this document and opens the next; what was said of lines before the file's first document (a
         * mark on a blank line) goes with the next, where it would otherwise be lost with the nothing it was read as.
         */
        DocumentBuilder next(List<Document> documents, String name, String base) {
            DocumentBuilder next = new DocumentBuilder();
            if (text.length() == 0 && startedAt == 0 && !broken) {
                next.diagnostics.addAll(diagnostics);
            }
            finish(documents, name, base);
            return next;
        }

        void finish(List<Document> documents, String name, String base) {
            endSentence();
            if (text.length() == 0 && startedAt == 0 && !broken) {
                return; // nothing before the first -DOCSTART- (a line left out there is a document, whose place is kept)
            }
            if (broken) {
                documents.add(null);
                return;
            }
            if (nulCount > 0) {
                diagnostics.add(nulDiagnostic, NulInTextFile.inConll(nulLine, nulColumn, nulCount));
            }
            String clean = text.toString();
            SpanCollector collector = new SpanCollector(clean, diagnostics, true); // its tokens are the file's
            for (int i = 0; i < spans.size(); i++) {
                collector.add(spans.get(i)[0], spans.get(i)[1], spanLabels.get(i), spanPlaces.get(i)[0], spanPlaces.get(i)[1]);
            }
            // in the file's order, as a document's problems are: the entities' warnings come after the lines' own
            // (a NUL at a line's column 8 was listed before a tag warning at its column 5)
            diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            String id = base + "-" + (documents.size() + 1);
            DocumentSource source = DocumentSource.ofCleanText(name, SourceFormat.CONLL, clean);
            if (placeCount > 0) {
                source = source.withPlaces(cabletag.core.FilePlaces.tokens(java.util.Arrays.copyOf(placeStarts, placeCount),
                        java.util.Arrays.copyOf(placeLines, placeCount), java.util.Arrays.copyOf(placeColumns, placeCount)));
            }
            documents.add(new Document(id, source, clean,
                    collector.spans(), java.util.Map.of("line", cabletag.core.MetaValue.ofJson(Integer.toString(firstLine == 0 ? startedAt : firstLine))), diagnostics,
                    given.build(clean.length())));
        }
    }
}
