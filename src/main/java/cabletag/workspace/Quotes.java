package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Span;

/** Entity text as it reads in a message to the analyst: “Mowafaq al-Rubaie”, long ones cut short. */
public final class Quotes {

    private static final int LONGEST = 40;

    private Quotes() {
    }

    public static String of(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > LONGEST) {
            oneLine = oneLine.substring(0, LONGEST - 1) + "…";
        }
        return "“" + oneLine + "”";
    }

    static String of(Document document, Span span) {
        return of(document.textOf(span));
    }

    /** "ORG “Summary: National Security Advisor…”". */
    static String entity(Document document, Span span) {
        return span.label() + " " + of(document, span);
    }
}
