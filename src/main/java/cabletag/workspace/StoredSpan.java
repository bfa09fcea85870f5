package cabletag.workspace;

import cabletag.core.Span;

/** A stored span and the text it covered when saved (null for files from before text was kept). */
record StoredSpan(Span span, String text) { }
