package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import cabletag.core.text.Token;
import cabletag.core.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** SCAFFOLD until branch workspace lands: in-memory only, replaced wholesale at merge. */
public final class Workspace implements AutoCloseable {

    private record Change(String description, List<Integer> cables, List<SpanSet> before, List<SpanSet> after,
                          List<ReviewStatus> statusBefore, Selection select) {}

    private final List<Document> documents = new ArrayList<>();
    private final List<ReviewStatus> statuses = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    private boolean dirty;

    public static Workspace open(List<Path> inputs, StoreLocation store, DoubleConsumer progress) throws IOException {
        Workspace ws = new Workspace();
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                ws.problems.add(input + ": no such file");
            }
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ws.documents.add(read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            ws.statuses.add(ReviewStatus.NEW);
            if (progress != null) {
                progress.accept((i + 1.0) / files.size());
            }
        }
        return ws;
    }

    private static final Pattern TAG = Pattern.compile("\\[([A-Z][A-Z0-9_-]*) ([^\\[\\]]*?)\\s*\\]|<[^>]*>|&amp;");

    private static Document read(String name, String source) {
        StringBuilder clean = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        Matcher m = TAG.matcher(source);
        int last = 0;
        while (m.find()) {
            clean.append(source, last, m.start());
            if (m.group(1) != null) {
                int start = clean.length();
                clean.append(m.group(2));
                spans.add(new Span(start, clean.length(), Label.of(m.group(1))));
            } else if (m.group().equals("&amp;")) {
                clean.append('&');
            }
            last = m.end();
        }
        clean.append(source.substring(last));
        String text = clean.toString();
        String id = name.replaceFirst("\\.[^.]*$", "");
        SpanSet set = SpanSet.of(spans);
        return new Document(id, DocumentSource.ofCleanText(name, SourceFormat.INLINE, text), text, set, null, null);
    }

    public List<CableEntry> cables() {
        List<CableEntry> entries = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            entries.add(new CableEntry(i, documents.get(i).source().name(), documents.get(i).spans().size(),
                    documents.get(i).diagnostics().size(), statuses.get(i)));
        }
        return entries;
    }

    public int size() {
        return documents.size();
    }

    public Document document(int cable) {
        return documents.get(cable);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public ReviewStatus status(int cable) {
        return statuses.get(cable);
    }

    public void setStatus(int cable, ReviewStatus status) {
        statuses.set(cable, status);
        dirty = true;
        fire(Set.of(cable));
    }

    public OptionalInt nextUnreviewed(int afterCable) {
        for (int k = 1; k <= size(); k++) {
            int i = (afterCable + k) % size();
            if (statuses.get(i) != ReviewStatus.REVIEWED) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private Selection change(String description, int cable, List<Span> removed, List<Span> added, Span select) {
        SpanSet before = documents.get(cable).spans();
        SpanSet after;
        try {
            after = before.replace(removed, added);
        } catch (SpanConflictException e) {
            throw new EditRejectedException(e.getMessage());
        }
        Selection selection = new Selection(cable, select);
        Change change = new Change(description, List.of(cable), List.of(before), List.of(after),
                List.of(statuses.get(cable)), selection);
        apply(change, false);
        undo.push(change);
        redo.clear();
        return selection;
    }

    private void apply(Change change, boolean backwards) {
        for (int k = 0; k < change.cables().size(); k++) {
            int cable = change.cables().get(k);
            documents.set(cable, documents.get(cable).withSpans(backwards ? change.before().get(k) : change.after().get(k)));
            if (backwards) {
                statuses.set(cable, change.statusBefore().get(k));
            } else if (statuses.get(cable) == ReviewStatus.NEW) {
                statuses.set(cable, ReviewStatus.IN_PROGRESS);
            }
        }
        dirty = true;
        fire(new HashSet<>(change.cables()));
    }

    public Selection relabel(int cable, Span span, Label label) {
        return change("Relabel " + span.label() + " as " + label, cable, List.of(span), List.of(span.withLabel(label)), span.withLabel(label));
    }

    public Selection delete(int cable, Span span) {
        return change("Delete " + span.label(), cable, List.of(span), List.of(), null);
    }

    public Selection add(int cable, int start, int end, Label label) {
        List<Token> tokens = tokens(cable);
        int s = -1;
        int e = -1;
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end) {
                if (s < 0) {
                    s = t.start();
                }
                e = t.end();
            }
        }
        if (s < 0) {
            throw new EditRejectedException("select some text first");
        }
        Span span = new Span(s, e, label);
        return change("Add " + label, cable, List.of(), List.of(span), span);
    }

    private List<Token> tokens(int cable) {
        return Tokenizer.forDocument(documents.get(cable)).tokenize(documents.get(cable).text());
    }

    private Selection bounds(String what, int cable, Span span, int start, int end) {
        if (start >= end) {
            throw new EditRejectedException("an entity needs at least one token");
        }
        Span next = span.withBounds(start, end);
        return change(what, cable, List.of(span), List.of(next), next);
    }

    public Selection growStart(int cable, Span span) {
        Token prev = null;
        for (Token t : tokens(cable)) {
            if (t.end() <= span.start()) {
                prev = t;
            }
        }
        if (prev == null) {
            throw new EditRejectedException("no token before the entity");
        }
        return bounds("Grow start", cable, span, prev.start(), span.end());
    }

    public Selection shrinkStart(int cable, Span span) {
        for (Token t : tokens(cable)) {
            if (t.start() > span.start() && t.start() < span.end()) {
                return bounds("Shrink start", cable, span, t.start(), span.end());
            }
        }
        throw new EditRejectedException("an entity needs at least one token");
    }

    public Selection growEnd(int cable, Span span) {
        for (Token t : tokens(cable)) {
            if (t.start() >= span.end()) {
                return bounds("Grow end", cable, span, span.start(), t.end());
            }
        }
        throw new EditRejectedException("no token after the entity");
    }

    public Selection shrinkEnd(int cable, Span span) {
        Token prev = null;
        for (Token t : tokens(cable)) {
            if (t.end() < span.end() && t.start() >= span.start()) {
                prev = t;
            }
        }
        if (prev == null) {
            throw new EditRejectedException("an entity needs at least one token");
        }
        return bounds("Shrink end", cable, span, span.start(), prev.end());
    }

    public Selection split(int cable, Span span, int at) {
        String text = documents.get(cable).text();
        int leftEnd = at;
        while (leftEnd > span.start() && Character.isWhitespace(text.charAt(leftEnd - 1))) {
            leftEnd--;
        }
        int rightStart = at;
        while (rightStart < span.end() && Character.isWhitespace(text.charAt(rightStart))) {
            rightStart++;
        }
        if (leftEnd <= span.start() || rightStart >= span.end()) {
            throw new EditRejectedException("split inside the entity, between tokens");
        }
        Span left = span.withBounds(span.start(), leftEnd);
        Span right = span.withBounds(rightStart, span.end());
        return change("Split", cable, List.of(span), List.of(left, right), left);
    }

    public Selection merge(int cable, Span first, Span second) {
        Span merged = first.withBounds(first.start(), second.end());
        return change("Merge", cable, List.of(first, second), List.of(merged), merged);
    }

    public Selection applyToAll(int cable, Span span, Label label, OccurrenceScope scope) {
        String needle = documents.get(cable).textOf(span);
        List<Integer> cables = new ArrayList<>();
        List<SpanSet> before = new ArrayList<>();
        List<SpanSet> after = new ArrayList<>();
        List<ReviewStatus> status = new ArrayList<>();
        for (int c = 0; c < size(); c++) {
            if (scope == OccurrenceScope.CABLE && c != cable) {
                continue;
            }
            Document doc = documents.get(c);
            SpanSet set = doc.spans();
            int from = 0;
            int at;
            while ((at = doc.text().indexOf(needle, from)) >= 0) {
                from = at + needle.length();
                var existing = set.atRange(at, at + needle.length());
                Span target = new Span(at, at + needle.length(), label);
                try {
                    set = existing.isPresent() ? set.replace(existing.get(), target) : set.with(target);
                } catch (SpanConflictException e) {
                    // skip crossing occurrence
                }
            }
            if (!set.equals(doc.spans())) {
                cables.add(c);
                before.add(doc.spans());
                after.add(set);
                status.add(statuses.get(c));
            }
        }
        Selection selection = new Selection(cable, span.withLabel(label));
        Change change = new Change("Apply " + label + " to all", cables, before, after, status, selection);
        apply(change, false);
        undo.push(change);
        redo.clear();
        return selection;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Selection undo() {
        Change change = undo.pop();
        apply(change, true);
        redo.push(change);
        return change.select();
    }

    public Selection redo() {
        Change change = redo.pop();
        apply(change, false);
        undo.push(change);
        return change.select();
    }

    public String undoDescription() {
        return undo.isEmpty() ? "" : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? "" : redo.peek().description();
    }

    public boolean isDirty() {
        return dirty;
    }

    public void save() {
        dirty = false;
        fire(Set.of());
    }

    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    private void fire(Set<Integer> cables) {
        for (WorkspaceListener l : listeners) {
            l.cablesChanged(cables);
        }
    }

    @Override
    public void close() {
        save();
    }
}
