package cabletag.workspace;

import cabletag.core.Span;

/** An edit worked out against a document, not yet done: the change, its name, what to select. */
record PlannedEdit(SpanChange change, String description, Span selectAfter, Span selectAfterUndo) { }
