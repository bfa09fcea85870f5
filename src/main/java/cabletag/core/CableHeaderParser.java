package cabletag.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header fields of a cable from its clean text, tolerantly: {@code Key: value} lines among the
 * first lines, keys in any case and order, with any spacing around the colon, any of them missing. Where
 * the page has no header (an HTML cable flattened to one line), the cable's own {@code TAGS:} and
 * {@code SUBJECT:} and its spaced-out banner ({@code S E C R E T}) stand in. Never throws: text that is no
 * cable gives {@link CableHeader#NONE} or some fields.
 *
 * <p>Looks only at the head of the text (a 5 MB cable costs what a small one does): the header is at the top.
 */
public final class CableHeaderParser {

    /** How many lines, and characters, of the head are searched. */
    static final int HEAD_LINES = 80;
    static final int HEAD_CHARS = 16_000;
    /** A key is a word or two; a longer run before a colon is a sentence, not a field. */
    private static final int MAX_KEY = 20;
    /** A value longer than this is cut: the strip and the list show a line, not a page. */
    static final int MAX_VALUE = 400;
    /** Lines a {@code SUBJECT:} may run on over, as cables wrap it. */
    private static final int SUBJECT_LINES = 4;
    private static final String[] BANNERS = {
        "T O P S E C R E T", "S E C R E T", "C O N F I D E N T I A L", "U N C L A S S I F I E D"};
    private static final int BANNER_CHARS = 2_000;
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private CableHeaderParser() {
    }

    public static CableHeader parse(String text) {
        if (text == null || text.isEmpty()) {
            return CableHeader.NONE;
        }
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        Fields fields = new Fields();
        readLines(head, fields);
        if (fields.tags.isEmpty()) {
            fields.tags = tidy(inlineValue(head, "TAGS:", "SUBJECT:").replace(',', ' '));
        }
        if (fields.subject.isEmpty()) {
            fields.subject = tidy(inlineValue(head, "SUBJECT:", "REF:", "Classified By:", "CLASSIFIED BY:"));
        }
        if (fields.classification.isEmpty()) {
            fields.classification = banner(head);
        }
        return new CableHeader(fields.identifier, fields.origin, fields.created, fields.classification, fields.tags,
                fields.subject);
    }

    private static final class Fields {
        String identifier = "";
        String origin = "";
        String created = "";
        String classification = "";
        String tags = "";
        String subject = "";
    }

    /** {@code Key: value} at the start of each of the first lines; the first of each key wins. */
    private static void readLines(String head, Fields fields) {
        int lineStart = 0;
        for (int line = 0; line < HEAD_LINES && lineStart < head.length(); line++) {
            int lineEnd = lineEnd(head, lineStart);
            int keyStart = skipSpaces(head, lineStart, lineEnd);
            int colon = keyEnd(head, keyStart, lineEnd);
            if (colon > keyStart) {
                String key = head.substring(keyStart, colon).replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT);
                String value = head.substring(colon + 1, lineEnd);
                if (key.equals("subject") && fields.subject.isEmpty()) {
                    // cables wrap a long subject over the next lines, up to a blank line or the next field
                    StringBuilder subject = new StringBuilder(value);
                    int next = lineEnd + 1;
                    for (int more = 0; more < SUBJECT_LINES && next < head.length(); more++) {
                        int end = lineEnd(head, next);
                        String continued = head.substring(next, end);
                        int start = skipSpaces(head, next, end);
                        if (continued.isBlank() || keyEnd(head, start, end) > start) {
                            break;
                        }
                        subject.append(' ').append(continued);
                        next = end + 1;
                    }
                    value = subject.toString();
                }
                set(fields, key, tidy(value));
            }
            lineStart = lineEnd + 1;
        }
    }

    private static void set(Fields fields, String key, String value) {
        if (value.isEmpty()) {
            return;
        }
        switch (key) {
            case "identifier", "id", "reference", "referenceid" -> fields.identifier = first(fields.identifier, value);
            case "origin" -> fields.origin = first(fields.origin, value);
            case "created", "date" -> fields.created = first(fields.created, value);
            case "classification" -> fields.classification = first(fields.classification, value);
            case "tags" -> fields.tags = first(fields.tags, tidy(value.replace(',', ' ')));
            case "subject" -> fields.subject = first(fields.subject, value);
            default -> { }
        }
    }

    private static String first(String known, String value) {
        return known.isEmpty() ? value : known;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static int skipSpaces(String text, int from, int to) {
        int at = from;
        while (at < to && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f';
    }

    /**
     * The colon ending a key that starts at {@code from}: letters, then maybe spaces and more letters, at most
     * {@link #MAX_KEY} characters; -1 when the line does not start with one.
     */
    private static int keyEnd(String text, int from, int to) {
        if (from >= to || !isAsciiLetter(text.charAt(from))) {
            return -1;
        }
        for (int at = from; at < to && at - from <= MAX_KEY; at++) {
            char c = text.charAt(at);
            if (c == ':') {
                return at;
            }
            if (!isAsciiLetter(c) && !isSpace(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * The text after the first {@code marker} standing as a word of its own, up to the first of
     * {@code stops}, a blank line, or {@link #MAX_VALUE} characters; the empty string when there is none.
     */
    private static String inlineValue(String head, String marker, String... stops) {
        int at = head.indexOf(marker);
        while (at > 0 && isWordChar(head.charAt(at - 1))) {
            at = head.indexOf(marker, at + 1);
        }
        if (at < 0) {
            return "";
        }
        int from = at + marker.length();
        int to = Math.min(head.length(), from + MAX_VALUE);
        for (String stop : stops) {
            int stopAt = head.indexOf(stop, from);
            if (stopAt >= 0 && stopAt < to) {
                to = stopAt;
            }
        }
        int blank = blankLine(head, from, to);
        if (blank >= 0) {
            to = blank;
        }
        if (marker.equals("TAGS:")) {
            int newline = head.indexOf('\n', from);
            if (newline >= 0 && newline < to) {
                to = newline;
            }
        }
        return head.substring(from, to);
    }

    /** Where the first line holding only spaces starts between {@code from} and {@code to}, or -1. */
    private static int blankLine(String text, int from, int to) {
        for (int at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
            int next = skipSpaces(text, at + 1, to);
            if (next < to && text.charAt(next) == '\n') {
                return at;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The first spaced-out classification banner standing as a word of its own, written as a word. */
    private static String banner(String head) {
        String window = head.length() > BANNER_CHARS ? head.substring(0, BANNER_CHARS) : head;
        int best = -1;
        String found = "";
        for (String banner : BANNERS) {
            int at = window.indexOf(banner);
            while (at >= 0 && !standsAlone(window, at, at + banner.length())) {
                at = window.indexOf(banner, at + 1);
            }
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                found = banner.equals("T O P S E C R E T") ? "TOP SECRET" : banner.replace(" ", "");
            }
        }
        return found;
    }

    private static boolean standsAlone(String text, int from, int to) {
        return (from == 0 || !isWordChar(text.charAt(from - 1))) && (to == text.length() || !isWordChar(text.charAt(to)));
    }

    /** Runs of white space as one space, trimmed, cut at {@link #MAX_VALUE} characters (never inside a pair). */
    static String tidy(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_VALUE));
        boolean space = false;
        for (int i = 0; i < value.length() && out.length() < MAX_VALUE; i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    if (out.length() + 1 >= MAX_VALUE) {
                        break;
                    }
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1); // cut between the halves of a pair, or a lone half at the end
        }
        return out.toString().strip();
    }

    /** {@code yyyy-mm-dd} from a created value, or {@code yyyy}, or the empty string (see {@link CableHeader#createdDay()}). */
    static String day(String created) {
        if (created == null || created.isEmpty()) {
            return "";
        }
        Matcher day = ISO_DAY.matcher(created);
        if (day.find()) {
            int month = Integer.parseInt(day.group(2));
            int date = Integer.parseInt(day.group(3));
            if (month >= 1 && month <= 12 && date >= 1 && date <= 31) {
                return day.group(1) + "-" + pad(month) + "-" + pad(date);
            }
        }
        Matcher year = YEAR.matcher(created);
        return year.find() ? year.group(1) : "";
    }

    private static String pad(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
