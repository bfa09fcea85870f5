package cabletag.core;

/** The format a document was read from, and so the format it is written back in. */
public enum SourceFormat {
    /** Cable text with {@code [LABEL text  ]} tags (possibly none), plain or wrapped in HTML. */
    INLINE,
    JSONL,
    CONLL,
    BRAT,
    DOCCANO
}
