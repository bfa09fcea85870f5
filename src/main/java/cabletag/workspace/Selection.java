package cabletag.workspace;

import cabletag.core.Span;

public record Selection(int cable, Span span) {}
