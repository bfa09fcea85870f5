package cabletag.formats.inline;

import cabletag.core.Diagnostic;
import cabletag.core.Label;
import cabletag.core.SourceLayout;
import cabletag.formats.reader.NulCharacters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits cable source text into clean text, tags and markup in two passes: a scan that finds which
 * brackets really are tags (a tag is only known to be one when its close is found), then an emission
 * that lays out the pieces. Linear in the length of the text.
 *
 * <p>The tag grammar, as the machine tagger writes it: {@code [} LABEL, one or more spaces, the text,
 * one or more spaces, {@code ]}. A tag may run over line breaks only while no other tag opens and no
 * blank line comes before its close; otherwise it is unclosed and stays literal text, as does anything
 * else in brackets.
 */
final class InlineParser {

    private static final byte OPEN = 0;
    private static final byte CLOSE = 1;
    private static final byte MARKUP = 2;
    private static final byte REFERENCE = 3;
    private static final byte BREAK = 4;

    /** A tag opened but not yet closed. */
    private static final class Frame {
        final int event;
        final int start;
        final int openEnd;
        final int labelEnd;
        final int line;
        int literalDepth;
        boolean hasContent;
        int children;
        int directChars;
        /**
         * The tags closed inside this one, as {start, label end} pairs: they are nested only if this one
         * turns out to be a tag too, which is known at its close, so their notes wait for it.
         */
        int[] nested;
        int nestedCount;
        /**
         * A tag inside this one kept as text for being on the same words as the tag inside it (generation 5): from its
         * '[' to after its ']', and the characters of its own it gave this one ({@code [ORG }, the blanks before its
         * {@code ]}, the {@code ]}). What a chain of such tags holds beside its innermost is no text of the words.
         */
        int wrapStart = -1;
        int wrapEnd;
        int wrapChars;

        void addNested(int childStart, int childLabelEnd) {
            if (nested == null) {
                nested = new int[4];
            } else if (nestedCount == nested.length) {
                nested = Arrays.copyOf(nested, nestedCount * 2);
            }
            nested[nestedCount++] = childStart;
            nested[nestedCount++] = childLabelEnd;
        }

        Frame(int event, int start, int openEnd, int labelEnd, int line) {
            this.event = event;
            this.start = start;
            this.openEnd = openEnd;
            this.labelEnd = labelEnd;
            this.line = line;
        }
    }

    private final String src;
    private final char[] chars; // the scan reads every character: an array beats charAt's checks
    private final int length;
    private final boolean html;
    private final MarkupRules rules;
    private final MarkupExtent markup;
    private final Set<Label> knownLabels;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> reportedLabels = new HashSet<>();
    // Label names seen in this text, as parallel arrays: a cable uses a handful, and comparing in place
    // saves a substring and a hash lookup per tag.
    private String[] labelNames = new String[8];
    private Label[] labelValues = new Label[8];
    private int labelCount;
    private LineIndex lines; // built on the first diagnostic: most cables have none

    // Events in source order, as parallel arrays: kind, source range, and for OPEN the label end and
    // whether a close was found, for CLOSE the OPEN event it closes.
    private byte[] kinds = new byte[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] links = new int[256];
    private int eventCount;
    private final List<String> decoded = new ArrayList<>();
    /** Where the first NUL character is (-1: none) and how many there are. */
    private int firstNul = -1;
    private int nulCount;

    private final List<Frame> stack = new ArrayList<>();
    private int baseLiteralDepth;

    /** {@code chars} starts with the characters of {@code src} (it may be longer, and is not changed). */
    InlineParser(String src, char[] chars, boolean html, Set<Label> knownLabels) {
        this(src, chars, html, knownLabels, MarkupRules.CURRENT);
    }

    /** As above, reading HTML by {@code rules}: an earlier generation's, to know what it read (ADR 0015). */
    InlineParser(String src, char[] chars, boolean html, Set<Label> knownLabels, MarkupRules rules) {
        this.src = src;
        this.chars = chars;
        this.length = src.length();
        this.html = html;
        this.rules = rules;
        this.markup = new MarkupExtent(src, chars, length, rules);
        this.knownLabels = knownLabels;
    }

    /** The result of parsing: layout, clean text and diagnostics in source order. */
    record Result(SourceLayout layout, String cleanText, List<Diagnostic> diagnostics) { }

    Result parse() {
        scan();
        // about a piece per event and one of text between two events
        SourceLayout.Builder layout = new SourceLayout.Builder(html, 2 * eventCount + 2);
        CleanText clean = new CleanText(length);
        emit(layout, clean);
        return new Result(layout.build(), clean.toString(), diagnostics);
    }

    /** The clean text as it is laid out; array copies, where a StringBuilder copies char by char. */
    private static final class CleanText {
        private char[] chars;
        private int length;

        CleanText(int capacity) {
            chars = new char[capacity];
        }

        void append(char[] from, int start, int end) {
            ensure(end - start);
            System.arraycopy(from, start, chars, length, end - start);
            length += end - start;
        }

        void append(String value) {
            ensure(value.length());
            value.getChars(0, value.length(), chars, length);
            length += value.length();
        }

        void append(char c) {
            ensure(1);
            chars[length++] = c;
        }

        private void ensure(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    // ---- pass 1: find tags, markup, references and line breaks ----

    /**
     * The characters that end a run of plain text, looked up for every character of the cable. 256 entries,
     * looked up at {@code min(c, 255)} (entry 255 is false): one table read and no branch per character, where
     * {@code c <= ']' && ...} branched on every capital, digit and space, too often to be predicted (the run loop
     * took three times as long).
     */
    private static final boolean[] SPECIAL = new boolean[256];

    static {
        for (char c : new char[] {'\n', '\r', '<', '&', '[', ']', '\0'}) {
            SPECIAL[c] = true;
        }
    }

    private void scan() {
        int line = 1;
        boolean lineHasText = false;
        int i = 0;
        while (i < length) {
            // Most characters are ordinary text: take a whole run of them at once.
            int runStart = i;
            while (i < length) {
                char c = chars[i];
                if (SPECIAL[Math.min(c, 255)]) {
                    break;
                }
                i++;
            }
            if (i > runStart) {
                countDirect(i - runStart);
                // Whether the run has more than blanks matters only while the line or the open tag has
                // none yet; asked only then, it stays out of the loop above.
                boolean needed = !lineHasText || (!stack.isEmpty() && !stack.get(stack.size() - 1).hasContent);
                if (needed && hasText(runStart, i)) {
                    markContent();
                    lineHasText = true;
                }
                if (i >= length) {
                    break;
                }
            }
            char c = chars[i];
            switch (c) {
                case '\n', '\r' -> {
                    int breakLength = c == '\r' && i + 1 < length && src.charAt(i + 1) == '\n' ? 2 : 1;
                    if (c == '\r') {
                        addEvent(BREAK, i, i + breakLength, 0);
                    }
                    countDirect(1);
                    if (!lineHasText) {
                        unclosePending(); // a blank line ends every tag still open
                    }
                    i += breakLength;
                    line++;
                    lineHasText = false;
                    continue;
                }
                case '<' -> {
                    int end = html ? markup.endOf(i) : -1;
                    if (end > 0) {
                        noteTagsInMarkup(i, end);
                        // for markup, the link says whether it separates the words around it (a block, a cell)
                        addEvent(MARKUP, i, end, BlockMarkup.separationOf(chars, i, end));
                        lineHasText = true;
                        i = end;
                        continue;
                    }
                }
                case '&' -> {
                    CharacterReferences.Reference reference = html
                            ? CharacterReferences.read(src, i, length, rules.asABrowser()) : null;
                    if (reference != null) {
                        addEvent(REFERENCE, i, reference.end(), decoded.size());
                        decoded.add(reference.text());
                        countDirect(reference.text().length());
                        markContent();
                        i = reference.end();
                        // &#13; and the file's line feed after it are one line break: the line ends, as after CRLF,
                        // and had text (the reference), as the two read as a CR and a line break did
                        lineHasText = !reference.endsLine();
                        if (reference.endsLine()) {
                            line++;
                        }
                        continue;
                    }
                }
                case '\0' -> {
                    // No text holds a NUL: past the binary sniff's window it is a damaged or binary stretch
                    // of the file. Read as U+FFFD, so it reaches no export and shows in the editor; the
                    // file keeps its bytes (a replaced piece is written back as it was).
                    if (firstNul < 0) {
                        firstNul = i;
                    }
                    nulCount++;
                    addEvent(REFERENCE, i, i + 1, decoded.size());
                    decoded.add(NUL_REPLACEMENT);
                    countDirect(1);
                    markContent();
                    lineHasText = true;
                    i++;
                    continue;
                }
                case '[' -> {
                    int next = tryOpen(i, line);
                    if (next > 0) {
                        lineHasText = true;
                        i = next;
                        continue;
                    }
                    literalDepthAdd(1);
                }
                case ']' -> {
                    if (tryClose(i)) {
                        lineHasText = true;
                        i++;
                        continue;
                    }
                    if (literalDepth() > 0) {
                        literalDepthAdd(-1);
                    }
                }
                default -> {
                    // literal character, handled below
                }
            }
            if (c != ' ' && c != '\t') {
                lineHasText = true;
                markContent();
            }
            countDirect(1);
            i++;
        }
        unclosePending();
        if (firstNul >= 0) {
            noteNuls();
        }
    }

    /** The code of the error for NUL characters in a cable's text. */
    static final String NUL_CODE = NulCharacters.CODE;
    private static final String NUL_REPLACEMENT = "\uFFFD";

    /**
     * One error for all the NULs of the text, at the first: the file is read (it was taken for text by its
     * head), but what is there is no text, and it counts as input lost, as a dropped entity does.
     */
    private void noteNuls() {
        String more = NulCharacters.counted(nulCount, "");
        diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, NUL_CODE, lines().line(firstNul), lines().column(firstNul),
                "NUL character in the text: the file is damaged or not text here; " + more
                        + " read as U+FFFD (\uFFFD), so no export carries it; the file itself is kept as it is", true));
    }

    /**
     * Tags written inside HTML markup ({@code <a title="[PER Rubaie  ]">}, {@code <!-- [ORG GoI  ] -->}):
     * markup leaves the clean text whole, so their entities and their text are lost; the analyst is told,
     * one warning per tag, counted as annotation lost.
     */
    private void noteTagsInMarkup(int from, int to) {
        for (TagsInMarkup.Tag tag : TagsInMarkup.find(src, chars, from, to)) {
            diagnostics.add(Diagnostic.dropped(TagsInMarkup.CODE, lines().line(tag.start()), lines().column(tag.start()),
                    "tag [" + tag.label() + " " + tag.text() + "] inside " + TagsInMarkup.describe(src, from, to)
                            + " is dropped; its text is not in the cable's text"));
        }
    }

    private boolean hasText(int from, int to) {
        for (int k = from; k < to; k++) {
            if (chars[k] != ' ' && chars[k] != '\t') {
                return true;
            }
        }
        return false;
    }

    /** Opens a tag at {@code at} if the grammar allows; returns where scanning goes on, or -1. */
    private int tryOpen(int at, int line) {
        int k = at + 1;
        if (k >= length || chars[k] < 'A' || chars[k] > 'Z') {
            noteTagLikeText(at);
            return -1;
        }
        while (k < length && isLabelChar(chars[k])) {
            k++;
        }
        if (k >= length || chars[k] != ' ') {
            if (blankToTheEnd(k)) {
                problem("unclosed-tag", at, "tag [" + src.substring(at + 1, k)
                        + " at the end of the file is never closed and is kept as text");
            } else if (rules.tagLikeTextJudged()) {
                noteNearMiss(at, k);
            }
            return -1;
        }
        int textStart = k;
        while (textStart < length && chars[textStart] == ' ') {
            textStart++;
        }
        if (textStart < length && chars[textStart] == ']') {
            problem("empty-tag", at, "empty tag [" + src.substring(at + 1, k) + " ] kept as text");
            return -1;
        }
        if (rules.tagLabelsRefused() && isTagLike(at + 1, k)) {
            // [O Rubaie  ], [B-PER Hakim  ]: conll and hf would write B-O, B-B-PER. Its entity is lost, as a dataset's
            // entity of such a label is dropped; the tag stays in the text, as every tag the grammar does not take
            String label = src.substring(at + 1, k);
            diagnostics.add(Diagnostic.dropped("bad-label", lines().line(at), lines().column(at), "tag [" + label + " …]: "
                    + Label.whyATag(label).orElseThrow() + "; kept as text, no entity"));
            return -1;
        }
        // A tag still open from an earlier line cannot contain this one: the earlier one never closed.
        if (!stack.isEmpty() && stack.get(stack.size() - 1).line != line) {
            unclosePending();
        }
        int event = addEvent(OPEN, at, textStart, -1);
        stack.add(new Frame(event, at, textStart, k, line));
        return textStart;
    }

    /**
     * Text in brackets that a person would read as a tag but the grammar does not: a known label in
     * lower case ({@code [per Rubaie  ]}) or after a space ({@code [ PER Rubaie ]}), closed on the same
     * line. It stays text, as the grammar says, and the user is told. Only known labels count, so that
     * ordinary bracketed text ({@code [see below]}) raises nothing.
     */
    private void noteTagLikeText(int at) {
        int k = at + 1;
        boolean spaced = false;
        while (k < length && chars[k] == ' ') {
            k++;
            spaced = true;
        }
        int labelStart = k;
        while (k < length && (isLabelChar(chars[k]) || (chars[k] >= 'a' && chars[k] <= 'z'))) {
            k++;
        }
        if (k == labelStart || k >= length || chars[k] != ' ') {
            return;
        }
        String written = src.substring(labelStart, k);
        String upper = written.toUpperCase(java.util.Locale.ROOT);
        boolean lowercase = !written.equals(upper);
        if (!spaced && !lowercase || !Label.isValidName(upper) || !knownLabels.contains(Label.of(upper))
                || !closedOnTheLine(k)) {
            return;
        }
        if (spaced) {
            problem("space-after-bracket", at, "'[" + src.substring(at + 1, k) + " …]' looks like a tag but has a space after"
                    + " '['; kept as text (a tag is written [" + upper + " text  ])");
        } else {
            problem("lowercase-label", at, "'[" + written + " …]' looks like a tag but its label is not in capitals;"
                    + " kept as text (a tag is written [" + upper + " text  ])");
        }
    }

    /**
     * A known label in capitals that a person would read as a tag but the grammar does not, for what follows it: small
     * letters ({@code [Per Ali  ]}, said as {@link #noteTagLikeText}), or a tab, a colon or a no-break space where a tag
     * has a space ({@code [PER:Cee  ]}), closed on the same line. It stays text and the user is told, where it was kept
     * as text without a word (found from outside).
     */
    private void noteNearMiss(int at, int labelEnd) {
        char after = chars[labelEnd];
        if (after >= 'a' && after <= 'z') {
            noteTagLikeText(at);
            return;
        }
        String what = after == '\t' ? "a tab" : after == ':' ? "a colon" : after == '\u00A0' ? "a no-break space"
                : Character.isSpaceChar(after) ? String.format("the space U+%04X", (int) after) : null;
        int textFrom = labelEnd + 1;
        if (what == null && after == '&' && html) {
            // &nbsp;, &#160;, &#9;: how a page writes a no-break space or a tab
            CharacterReferences.Reference reference = CharacterReferences.read(src, labelEnd, length, rules.asABrowser());
            String read = reference == null ? "" : reference.text();
            if (read.equals("\u00A0") || !read.isEmpty() && Character.isWhitespace(read.charAt(0))) {
                what = "the reference " + src.substring(labelEnd, reference.end());
                textFrom = reference.end();
            }
        }
        String label = src.substring(at + 1, labelEnd);
        if (what == null || !Label.isValidName(label) || !knownLabels.contains(Label.of(label)) || !closedOnTheLine(textFrom)) {
            return;
        }
        problem("no-space-after-label", at, "'[" + label + (after == ':' ? ":" : " ") + "…]' looks like a tag but " + what
                + " follows its label where a tag has a space; kept as text (a tag is written [" + label + " text  ])");
    }

    /** Whether the label {@code src[from, to)} is a tag of the token schemes ({@code O}, {@code B-PER}), cheaply. */
    private boolean isTagLike(int from, int to) {
        boolean short1 = to - from == 1 && chars[from] == 'O';
        boolean prefixed = to - from > 2 && chars[from + 1] == '-';
        return (short1 || prefixed) && Label.whyATag(src.substring(from, to)).isPresent();
    }

    /** Whether a {@code ]} after a space comes before the end of the line. */
    private boolean closedOnTheLine(int from) {
        for (int k = from; k < length && chars[k] != '\n' && chars[k] != '\r'; k++) {
            if (chars[k] == ']' && chars[k - 1] == ' ') {
                return true;
            }
        }
        return false;
    }

    private boolean blankToTheEnd(int from) {
        for (int k = from; k < length; k++) {
            if (!Character.isWhitespace(chars[k])) {
                return false;
            }
        }
        return true;
    }

    /** Closes the innermost open tag at the {@code ]} at {@code at}, if the grammar allows. */
    private boolean tryClose(int at) {
        if (stack.isEmpty() || at == 0 || chars[at - 1] != ' ') {
            return false;
        }
        Frame frame = stack.get(stack.size() - 1);
        if (frame.literalDepth > 0) {
            return false;
        }
        int closeStart = at;
        while (closeStart > frame.openEnd && chars[closeStart - 1] == ' ') {
            closeStart--;
        }
        if (closeStart < lastEventEnd()) {
            closeStart = lastEventEnd();
        }
        stack.remove(stack.size() - 1);
        if (!frame.hasContent) {
            String label = src.substring(frame.start + 1, frame.labelEnd);
            problem("empty-tag", frame.start, "tag [" + label + " …] has no text and is kept as text");
            dropToLiteral(frame);
            return false;
        }
        int trailingSpaces = at - closeStart;
        if (frame.children == 1 && (frame.directChars - trailingSpaces - frame.wrapChars == 0
                || onlyBlankBesidesItsChild(frame, closeStart))) {
            String label = src.substring(frame.start + 1, frame.labelEnd);
            problem("duplicate-tag", frame.start, "two tags on the same text: the outer [" + label
                    + " …] is kept as text, the inner one as the entity");
            dropToLiteral(frame);
            if (rules.duplicatesChain() && !stack.isEmpty()) {
                // the ']' at 'at' is counted as a character of the parent once this returns
                Frame parent = stack.get(stack.size() - 1);
                parent.wrapStart = frame.start;
                parent.wrapEnd = at + 1;
                parent.wrapChars += (frame.openEnd - frame.start) + frame.directChars + 1;
            }
            return false;
        }
        int close = addEvent(CLOSE, closeStart, at + 1, frame.event);
        links[frame.event] = close;
        Label label = label(frame.start + 1, frame.labelEnd);
        noteNested(frame);
        if (!stack.isEmpty()) {
            Frame parent = stack.get(stack.size() - 1);
            parent.hasContent = true;
            parent.children++;
            parent.addNested(frame.start, frame.labelEnd);
        }
        if (!knownLabels.contains(label) && reportedLabels.add(label.name())) {
            diagnostics.add(Diagnostic.info("unknown-label", lines().line(frame.start), lines().column(frame.start),
                    "label " + label.name() + " is not known yet; it is kept as a new label"));
        }
        return true;
    }

    /**
     * Whether a tag with one tag inside holds nothing else but white space and what a reader does not show (markup, a
     * script, a comment, a block's separator): both would then label the same words once white space is left out of
     * the entity, the two tags on the same text that the count of direct characters misses when markup or a line break
     * stands beside the inner tag. Found by the inline round trip's property: {@code [MISC [ORG Rubaie  ] <script>x</script>
     * ]} ended the reading of the file with an exception, where such tags are named and the outer kept as text.
     */
    private boolean onlyBlankBesidesItsChild(Frame frame, int closeStart) {
        int position = frame.openEnd;
        int e = frame.event + 1;
        while (e < eventCount && starts[e] < closeStart) {
            if (!blank(position, starts[e])) {
                return false;
            }
            if (starts[e] == frame.wrapStart && kinds[e] < 0) { // the tag inside, kept as text on the same words
                position = frame.wrapEnd;
                while (e < eventCount && starts[e] < frame.wrapEnd) {
                    e++;
                }
                continue;
            }
            byte kind = kinds[e];
            if (kind == OPEN && links[e] > e) { // the tag inside, closed: its words are the entity's
                position = ends[links[e]];
                e = links[e] + 1;
                continue;
            }
            if (kind == REFERENCE) {
                String text = decoded.get(links[e]);
                if (!blank(text)) {
                    return false;
                }
            } else if (kind != MARKUP && kind != BREAK) {
                return false; // a bracket that turned out to be text
            }
            position = ends[e];
            e++;
        }
        return blank(position, closeStart);
    }

    private boolean blank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isBlank(chars[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!isBlank(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The notes for the tags closed inside {@code frame}, now that it closed as a tag: only now is it
     * known that they are nested in a tag, not in text that merely looked like one.
     */
    private void noteNested(Frame frame) {
        String outer = src.substring(frame.start + 1, frame.labelEnd);
        for (int k = 0; k < frame.nestedCount; k += 2) {
            int start = frame.nested[k];
            problem("nested-tag", start, "tag [" + src.substring(start + 1, frame.nested[k + 1]) + " …] is nested inside ["
                    + outer + " …]");
        }
    }

    /**
     * A frame that turned out not to be a tag: its open becomes literal text of the enclosing frame, and
     * the tags closed inside it are inside that frame (nested in it if it closes as a tag), or in no tag.
     */
    private void dropToLiteral(Frame frame) {
        links[frame.event] = -1;
        kinds[frame.event] = -1;
        if (!stack.isEmpty()) {
            Frame parent = stack.get(stack.size() - 1);
            parent.hasContent = true;
            parent.directChars += frame.directChars + (frame.openEnd - frame.start);
            parent.children += frame.children;
            for (int k = 0; k < frame.nestedCount; k += 2) {
                parent.addNested(frame.nested[k], frame.nested[k + 1]);
            }
        }
    }

    private void unclosePending() {
        for (int k = stack.size() - 1; k >= 0; k--) {
            Frame frame = stack.get(k);
            if (!isBracketedText(frame)) {
                problem("unclosed-tag", frame.start, "tag [" + src.substring(frame.start + 1, frame.labelEnd)
                        + " …] is never closed and is kept as text");
            }
            kinds[frame.event] = -1;
        }
        stack.clear();
        baseLiteralDepth = 0;
    }

    /**
     * Whether a tag never closed is a cable's bracketed words, no tag (generation 5): a label no tagger uses here, closed
     * by a {@code ]} on its own line without the tag's spaces ({@code [REF A]}, {@code [EMBASSY NOTE: text follows]}).
     * Every State cable's {@code [REF A]} was four warnings of tags never closed (found from outside). A known label
     * ({@code [PER Rubaie]}) is still named: that is a tag written wrong.
     */
    private boolean isBracketedText(Frame frame) {
        String label = src.substring(frame.start + 1, frame.labelEnd);
        if (!rules.tagLikeTextJudged() || Label.isValidName(label) && knownLabels.contains(Label.of(label))) {
            return false;
        }
        for (int k = frame.openEnd; k < length && chars[k] != '\n' && chars[k] != '\r'; k++) {
            if (chars[k] == ']') {
                return true;
            }
        }
        return false;
    }

    private int literalDepth() {
        return stack.isEmpty() ? baseLiteralDepth : stack.get(stack.size() - 1).literalDepth;
    }

    private void literalDepthAdd(int delta) {
        if (stack.isEmpty()) {
            baseLiteralDepth += delta;
        } else {
            stack.get(stack.size() - 1).literalDepth += delta;
        }
    }

    private void markContent() {
        if (!stack.isEmpty()) {
            stack.get(stack.size() - 1).hasContent = true;
        }
    }

    private void countDirect(int chars) {
        if (!stack.isEmpty()) {
            stack.get(stack.size() - 1).directChars += chars;
        }
    }

    private int lastEventEnd() {
        return eventCount == 0 ? 0 : ends[eventCount - 1];
    }

    private int addEvent(byte kind, int start, int end, int link) {
        if (eventCount == kinds.length) {
            int capacity = eventCount * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            links = Arrays.copyOf(links, capacity);
        }
        kinds[eventCount] = kind;
        starts[eventCount] = start;
        ends[eventCount] = end;
        links[eventCount] = link;
        return eventCount++;
    }

    private void problem(String code, int at, String message) {
        diagnostics.add(Diagnostic.warning(code, lines().line(at), lines().column(at), message));
    }

    private LineIndex lines() {
        if (lines == null) {
            lines = new LineIndex(src);
        }
        return lines;
    }

    /** The label named by {@code src[from, to)}. */
    private Label label(int from, int to) {
        int length = to - from;
        for (int k = 0; k < labelCount; k++) {
            String name = labelNames[k];
            if (name.length() == length && src.regionMatches(from, name, 0, length)) {
                return labelValues[k];
            }
        }
        if (labelCount == labelNames.length) {
            labelNames = Arrays.copyOf(labelNames, labelCount * 2);
            labelValues = Arrays.copyOf(labelValues, labelCount * 2);
        }
        Label label = Label.of(src.substring(from, to));
        labelNames[labelCount] = label.name();
        labelValues[labelCount++] = label;
        return label;
    }

    /** A character a tag's label may hold; the other readers of tags ({@link TagsInMarkup}, {@link CableTagsInText}) ask here. */
    static boolean isLabelChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    // ---- pass 2: lay out the pieces and the clean text ----

    /** Events before this one belong to runs of markup already looked at by {@link #planRun}. */
    private int plannedUpTo;
    /** The markup event that stands for its run's separator in the clean text, or -1. */
    private int separatorEvent = -1;
    private char separatorChar;

    private void emit(SourceLayout.Builder layout, CleanText clean) {
        int[] openPieces = new int[eventCount];
        int[] openClean = new int[eventCount];
        // where separators stand in the clean text: one at a tag's first or last character is left out of its entity
        java.util.BitSet separators = new java.util.BitSet();
        int position = 0;
        for (int e = 0; e < eventCount; e++) {
            byte kind = kinds[e];
            if (kind < 0) {
                continue; // a bracket that turned out to be text: it is copied with the text around it
            }
            int start = starts[e];
            int end = ends[e];
            literal(layout, clean, position, start);
            if (e >= plannedUpTo && isZeroWidth(kind)) {
                planRun(e, clean);
            }
            switch (kind) {
                case OPEN -> {
                    openPieces[e] = layout.openTag(end - start);
                    openClean[e] = clean.length;
                }
                case CLOSE -> {
                    int open = links[e];
                    int labelEnd = src.indexOf(' ', starts[open]);
                    int from = openClean[open];
                    // white space at an entity's ends (Baghdad and the line break before the tag's "  ]", a tab, a
                    // block's separator) is left out of the span: spaCy's char_span gives None for such a span, and
                    // the text around it is as it was, so the tag is written back as it was
                    int trimStart = 0;
                    while (from + trimStart < clean.length && isBlank(clean.chars[from + trimStart])) {
                        trimStart++;
                    }
                    int trimEnd = 0;
                    while (clean.length - trimEnd > from + trimStart && isBlank(clean.chars[clean.length - 1 - trimEnd])) {
                        trimEnd++;
                    }
                    if (from + trimStart == clean.length) { // white space alone: at most one separator left out, as before
                        trimStart = separators.get(from) && clean.length - from > 1 ? 1 : 0;
                        trimEnd = clean.length - 1 > from + trimStart && separators.get(clean.length - 1) ? 1 : 0;
                    }
                    Label tagLabel = label(starts[open] + 1, labelEnd);
                    if (cabletag.formats.reader.BlankEntity.isBlank(clean.chars, from + trimStart, clean.length - trimEnd)) {
                        // no token: conll and hf leave it out, which check said nothing of
                        diagnostics.add(cabletag.formats.reader.BlankEntity.warning(lines().line(starts[open]),
                                lines().column(starts[open]), tagLabel.name(),
                                new String(clean.chars, from + trimStart, clean.length - trimEnd - from - trimStart)));
                    }
                    layout.closeTag(openPieces[open], end - start, tagLabel, starts[open] + 1, labelEnd, trimStart, trimEnd);
                }
                case MARKUP -> {
                    if (e == separatorEvent) {
                        // as a character reference is: this markup reads as one character, written back as it was
                        layout.replaced(end - start, 1);
                        separators.set(clean.length);
                        clean.append(separatorChar);
                    } else {
                        layout.markup(end - start);
                    }
                }
                case REFERENCE -> {
                    String value = decoded.get(links[e]);
                    layout.replaced(end - start, value.length());
                    clean.append(value);
                }
                case BREAK -> {
                    layout.replaced(end - start, 1);
                    clean.append('\n');
                }
                default -> throw new IllegalStateException("unknown event kind " + kind);
            }
            position = end;
        }
        literal(layout, clean, position, length);
    }

    private static boolean isZeroWidth(byte kind) {
        return kind == OPEN || kind == CLOSE || kind == MARKUP;
    }

    /**
     * Looks at the run of markup and tags that starts at event {@code first} (events one right after the other,
     * no text between them) and decides whether it separates words: it does when it holds block markup (a
     * {@code <br>}, a block's start or end, a table cell's) and would otherwise join two characters that are not
     * white space. Then its first markup of the strongest kind (a line before a cell) reads as the separator, one
     * per run however many blocks close and open there; markup between blocks that already has white space
     * around it reads as before. The tags of the run keep their place among the markup, so an entity ends before
     * the separator when its close comes before the block's markup in the file, as the tagger writes it.
     */
    private void planRun(int first, CleanText clean) {
        int strongest = BlockMarkup.NONE;
        int carrier = -1;
        int runEnd = starts[first];
        int e = first;
        for (; e < eventCount && kinds[e] >= 0 && isZeroWidth(kinds[e]) && starts[e] == runEnd; e++) {
            if (kinds[e] == MARKUP && links[e] > strongest) {
                strongest = links[e];
                carrier = e;
            }
            runEnd = ends[e];
        }
        plannedUpTo = e;
        separatorEvent = -1;
        if (strongest == BlockMarkup.NONE || !rules.blocksSeparate() || clean.length == 0 || isBlank(clean.chars[clean.length - 1])) {
            return;
        }
        int after = cleanCharAt(e, runEnd);
        if (after >= 0 && !isBlank((char) after)) {
            separatorEvent = carrier;
            separatorChar = BlockMarkup.separator(strongest);
        }
    }

    /** The first clean character from source offset {@code at}, where event {@code next} (or none) is the next; -1 at the end. */
    private int cleanCharAt(int next, int at) {
        if (at >= length) {
            return -1;
        }
        if (next < eventCount && kinds[next] >= 0 && starts[next] == at) {
            return kinds[next] == BREAK ? '\n' : decoded.get(links[next]).charAt(0); // a reference (a NUL's too)
        }
        return chars[at];
    }

    /**
     * The spaces the tokenizer never puts in a word (Python's {@code str.isspace()}, a no-break space included):
     * no word is joined across one, so no separator is needed beside it.
     */
    private static boolean isBlank(char c) {
        if (c < 128) { // asked of both ends of every entity: the ASCII answer without two calls into Character
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private void literal(SourceLayout.Builder layout, CleanText clean, int from, int to) {
        if (to > from) {
            layout.text(to - from);
            clean.append(chars, from, to);
        }
    }
}
