package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.formats.tokens.TagScheme;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How to export.
 *
 * @param format         the output format
 * @param scheme         tag scheme of the token formats (conll, hf); IOB2 by default
 * @param labels         label filter and renames
 * @param split          train/dev/test split, or null for one output
 * @param scope          which documents to export: the caller's filter (current cable, selection,
 *                       reviewed only...); {@code d -> true} for the whole corpus
 * @param protectedPaths input files and folders: an export refuses to write over any of them
 */
public record ExportOptions(ExportFormat format, TagScheme scheme, LabelMapping labels, SplitRatios split,
                            Predicate<Document> scope, Set<Path> protectedPaths) {

    public ExportOptions {
        if (format == null) {
            throw new IllegalArgumentException("an export needs a format");
        }
        scheme = scheme == null ? TagScheme.IOB2 : scheme;
        labels = labels == null ? LabelMapping.IDENTITY : labels;
        scope = scope == null ? document -> true : scope;
        protectedPaths = Set.copyOf(protectedPaths == null ? Set.of() : protectedPaths);
    }

    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, null, null, null, null, null);
    }

    public ExportOptions withScheme(TagScheme newScheme) {
        return new ExportOptions(format, newScheme, labels, split, scope, protectedPaths);
    }

    public ExportOptions withLabels(LabelMapping newLabels) {
        return new ExportOptions(format, scheme, newLabels, split, scope, protectedPaths);
    }

    public ExportOptions withSplit(SplitRatios newSplit) {
        return new ExportOptions(format, scheme, labels, newSplit, scope, protectedPaths);
    }

    public ExportOptions withScope(Predicate<Document> newScope) {
        return new ExportOptions(format, scheme, labels, split, newScope, protectedPaths);
    }

    public ExportOptions withProtectedPaths(Set<Path> paths) {
        return new ExportOptions(format, scheme, labels, split, scope, paths);
    }
}
