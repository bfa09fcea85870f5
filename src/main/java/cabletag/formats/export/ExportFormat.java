package cabletag.formats.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats an export writes. Folder formats write one or two files per cable. */
public enum ExportFormat {
    /** spaCy/Prodigy JSON lines: text, code point spans, meta. */
    JSONL(".jsonl", false, false),
    /** CoNLL-2003 columns, one token per line. */
    CONLL(".conll", false, true),
    /** Hugging Face {@code datasets} JSON lines, one sentence per line, plus the label list. */
    HF(".jsonl", false, true),
    /** brat standoff: NAME.txt + NAME.ann per cable, annotation.conf. */
    BRAT("", true, false),
    /** doccano sequence-labelling JSON lines. */
    DOCCANO(".jsonl", false, false),
    /** The cables in their own inline-tag format, written back losslessly. */
    INLINE("", true, false);

    private final String extension;
    private final boolean folder;
    private final boolean tokenBased;

    ExportFormat(String extension, boolean folder, boolean tokenBased) {
        this.extension = extension;
        this.folder = folder;
        this.tokenBased = tokenBased;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Usual file extension of a file target, with the dot; empty for folder formats. */
    public String extension() {
        return extension;
    }

    /** True when the target is a folder (brat, inline), false when it is one file. */
    public boolean writesFolder() {
        return folder;
    }

    /** True for formats made of tokens and tags (CoNLL, Hugging Face), which carry outermost entities only. */
    public boolean isTokenBased() {
        return tokenBased;
    }

    /** True for formats that hold every entity, nested ones included. */
    public boolean carriesNested() {
        return !tokenBased;
    }

    public static ExportFormat named(String name) {
        for (ExportFormat format : values()) {
            if (format.cliName().equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (use one of " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }
}
