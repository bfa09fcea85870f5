package cabletag.ui;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.ShownName;
import cabletag.workspace.CableProblems;
import cabletag.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Problems pane lists, as the cables are now: the shown cable's problems first (its reading
 * problems with their places), then the problems of no cable, then every other cable's in corpus order,
 * then the suggestions'. A cable's lines follow its problems, not a count: when a cable is read again and
 * its problems differ (one fixed and another found is as many as before), its lines are replaced. Only the
 * lines of the cables told as changed are compared and replaced, so a change of one cable costs as much on
 * 250,000 cables as on three; a reader batch that finds many cables with problems adds them in one go.
 *
 * <p>Its count of reading problems is the status bar's and the rows' sum: the same problems, counted where
 * they are listed, and those {@code cabletag check} counts for the same files and store. The notes listed
 * among them (a label not known yet, a copy of the corrections kept, corrections found again after a move)
 * are news, not problems: each line says which it is, and they are counted aside. Call from the UI thread.
 */
public final class ProblemsModel {

    /** Beyond this many cables changed at once, the list is built anew in one pass rather than cut and joined. */
    private static final int MOST_SPLICES = 16;
    private static final CableProblems NONE = new CableProblems("", List.of(), List.of(), List.of());

    /**
     * One line: a cable's reading problem (with its place when the cable is shown), a problem or news of its
     * corrections, or a problem of no cable. Some are notes, not problems: counted aside.
     */
    public static final class Item {
        private final int cable;
        private final String file;
        private final Diagnostic read;
        private final String said;
        private final int offset;
        private final boolean note;

        private Item(int cable, String file, Diagnostic read, String said, int offset, boolean note) {
            this.cable = cable;
            this.file = file;
            this.read = read;
            this.said = said;
            this.offset = offset;
            this.note = note;
        }

        /** A note (a label not known yet, a copy kept), listed but not counted as a problem. */
        public boolean isNote() {
            return note;
        }

        /** The line as the pane shows it (a reading problem is put in words only when shown: 250,000 cables may have some). */
        public String text() {
            return read != null ? read.format(file) : ShownName.of(said); // names in it shown as everywhere in the window
        }

        /** The cable it belongs to, -1 for none. */
        public int cable() {
            return cable;
        }

        /** Its place: a clean-text offset in the shown cable, or -1. */
        public int offset() {
            return offset;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper readingCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper othersCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper noteCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private Workspace workspace;
    /** The cables looked at so far; the rest are listed later (the listing goes on in the background). */
    private int known;
    private int shown = -1;
    private Document shownDocument;
    private CableProblems shownProblems = NONE;
    private int shownLines;
    private List<String> noCable = List.of();
    /** Of {@link #noCable}, the store's news of a step it finished or took back: notes, not counted as problems. */
    private List<String> noCableNews = List.of();
    /** The other cables with problems, in corpus order, as listed. */
    private final TreeMap<Integer, CableProblems> elsewhere = new TreeMap<>();
    private int elsewhereLines;
    /** Of the other cables' lines, how many are problems and how many notes. */
    private int elsewhereCount;
    private int elsewhereNotes;
    private List<String> others = List.of();

    public ObservableList<Item> items() {
        return items;
    }

    /**
     * How many reading problems are listed: the shown cable's, those of no cable, the other cables' (as their
     * rows count them, and as {@code cabletag check} counts them); not the notes.
     */
    public ReadOnlyIntegerProperty readingCountProperty() {
        return readingCount.getReadOnlyProperty();
    }

    /** How many notes are listed among the problems, not counted with them (a label not known yet, a copy kept). */
    public ReadOnlyIntegerProperty noteCountProperty() {
        return noteCount.getReadOnlyProperty();
    }

    /** How many problems the shown cable has, as its row counts them (0: none shown). */
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    /** How many problems of the suggestions are listed (not reading problems). */
    public ReadOnlyIntegerProperty othersCountProperty() {
        return othersCount.getReadOnlyProperty();
    }

    /** Lists a freshly opened workspace's problems; no cable is shown yet. */
    public void open(Workspace opened) {
        workspace = opened;
        known = 0;
        shown = -1;
        shownDocument = null;
        shownProblems = NONE;
        shownLines = 0;
        elsewhere.clear();
        elsewhereLines = 0;
        elsewhereCount = 0;
        elsewhereNotes = 0;
        noCable = opened.problemsOfNoCable();
        noCableNews = opened.storeNews();
        lookAtNewCables(elsewhere);
        for (CableProblems each : elsewhere.values()) {
            tally(each, 1);
        }
        rebuild();
    }

    /**
     * These cables' rows were told as changed (read, read again, edited, a note added), and cables may have
     * been listed meanwhile, and problems of no cable said: their lines follow what they are now.
     */
    public void follow(Collection<Integer> changed) {
        if (workspace == null) {
            return;
        }
        int listedBefore = known;
        TreeMap<Integer, CableProblems> news = new TreeMap<>();
        lookAtNewCables(news);
        for (int cable : changed) {
            if (cable >= 0 && cable < listedBefore && cable != shown) {
                CableProblems now = workspace.problemsOf(cable);
                if (!now.equals(elsewhere.getOrDefault(cable, NONE))) {
                    news.put(cable, now);
                }
            }
        }
        List<String> noCableNow = workspace.problemsOfNoCable();
        if (!noCableNow.equals(noCable)) {
            splice(shownLines, noCable.size(), noCableLines(noCableNow));
            noCable = noCableNow;
        }
        if (shown >= 0 && changed.contains(shown)) {
            CableProblems now = workspace.problemsOf(shown);
            if (!now.equals(shownProblems)) {
                showAgain(now);
            }
        }
        if (!news.isEmpty()) {
            change(news);
        }
        counted();
    }

    /** The cable now shown, as this document (null: none): its problems come first, with their places. */
    public void show(int cable, Document document) {
        if (workspace == null) {
            return;
        }
        int now = document == null ? -1 : cable;
        CableProblems problems = now < 0 ? NONE : workspace.problemsOf(now);
        if (now == shown && document != null && shownDocument != null
                && document.source() == shownDocument.source() && problems.equals(shownProblems)) {
            shownDocument = document; // an edit: the same file read, the same places
            return;
        }
        int before = shown;
        splice(0, shownLines, List.of());
        shown = -1;
        shownLines = 0;
        shownProblems = NONE;
        shownDocument = null;
        if (before >= 0 && before != now && before < known) {
            // back to its place among the others, as it is now
            TreeMap<Integer, CableProblems> back = new TreeMap<>();
            back.put(before, workspace.problemsOf(before));
            change(back);
        }
        if (now >= 0) {
            CableProblems listed = elsewhere.remove(now);
            if (listed != null) {
                int at = startOfElsewhere() + linesBefore(now);
                splice(at, listed.lines(), List.of());
                tally(listed, -1);
            }
            shown = now;
            shownDocument = document;
            showAgain(problems);
        }
        counted();
    }

    /** The suggestions' problems, listed last. */
    public void others(List<String> problems) {
        List<String> now = List.copyOf(problems);
        if (now.equals(others)) {
            return;
        }
        splice(items.size() - others.size(), others.size(), linesOf(now, -1));
        others = now;
        othersCount.set(others.size());
    }

    /** The lines of the shown cable made again from its problems now, with their places in its document. */
    private void showAgain(CableProblems problems) {
        List<Item> lines = new ArrayList<>(problems.lines());
        for (Diagnostic read : problems.read()) {
            lines.add(new Item(shown, problems.name(), read, null, SourcePositions.cleanOffsetOf(shownDocument, read),
                    CableProblems.isNote(read)));
        }
        addCorrectionLines(shown, problems, lines);
        splice(0, shownLines, lines);
        shownLines = lines.size();
        shownProblems = problems;
    }

    /** Cables listed since last looked at, with their problems (most have none yet: not read). */
    private void lookAtNewCables(Map<Integer, CableProblems> into) {
        int size = workspace.size();
        for (int cable = known; cable < size; cable++) {
            CableProblems problems = cable == shown ? NONE : workspace.problemsOf(cable);
            if (!problems.isEmpty()) {
                into.put(cable, problems);
            }
        }
        known = Math.max(known, size);
    }

    /** Other cables' problems as they are now (empty: none left), put in their places. */
    private void change(TreeMap<Integer, CableProblems> news) {
        boolean allPastTheLast = elsewhere.isEmpty() || news.firstKey() > elsewhere.lastKey();
        if (allPastTheLast) {
            // the background reader goes through the corpus in order: what it found joins the end
            List<Item> added = new ArrayList<>();
            for (Map.Entry<Integer, CableProblems> each : news.entrySet()) {
                if (!each.getValue().isEmpty()) {
                    added.addAll(linesOf(each.getKey(), each.getValue()));
                    elsewhere.put(each.getKey(), each.getValue());
                    tally(each.getValue(), 1);
                }
            }
            splice(startOfElsewhere() + elsewhereLines - added.size(), 0, added);
            return;
        }
        if (news.size() > MOST_SPLICES) {
            for (Map.Entry<Integer, CableProblems> each : news.entrySet()) {
                keep(each.getKey(), each.getValue());
            }
            rebuild();
            return;
        }
        for (Map.Entry<Integer, CableProblems> each : news.entrySet()) {
            int at = startOfElsewhere() + linesBefore(each.getKey());
            int listed = elsewhere.getOrDefault(each.getKey(), NONE).lines();
            keep(each.getKey(), each.getValue());
            splice(at, listed, linesOf(each.getKey(), each.getValue()));
        }
    }

    private void keep(int cable, CableProblems problems) {
        CableProblems listed = problems.isEmpty() ? elsewhere.remove(cable) : elsewhere.put(cable, problems);
        tally(problems, 1);
        if (listed != null) {
            tally(listed, -1);
        }
    }

    /** Counts another cable's lines in (+1) or out (-1). */
    private void tally(CableProblems problems, int sign) {
        elsewhereLines += sign * problems.lines();
        elsewhereCount += sign * problems.count();
        elsewhereNotes += sign * problems.noteCount();
    }

    private int startOfElsewhere() {
        return shownLines + noCable.size();
    }

    /** How many lines the other cables before this one take. */
    private int linesBefore(int cable) {
        int lines = 0;
        for (CableProblems each : elsewhere.headMap(cable).values()) {
            lines += each.lines();
        }
        return lines;
    }

    private void rebuild() {
        List<Item> all = new ArrayList<>(shownLines + noCable.size() + elsewhereLines + others.size());
        all.addAll(items.subList(0, Math.min(shownLines, items.size())));
        all.addAll(noCableLines(noCable));
        for (Map.Entry<Integer, CableProblems> each : elsewhere.entrySet()) {
            all.addAll(linesOf(each.getKey(), each.getValue()));
        }
        all.addAll(linesOf(others, -1));
        items.setAll(all);
        counted();
    }

    /** Replaces {@code remove} lines at {@code at} with {@code add}: line by line where they overlap, the rest cut or joined. */
    private void splice(int at, int remove, List<Item> add) {
        int same = Math.min(remove, add.size());
        for (int i = 0; i < same; i++) {
            items.set(at + i, add.get(i));
        }
        if (remove > same) {
            items.remove(at + same, at + remove);
        } else if (add.size() > same) {
            items.addAll(at + same, add.subList(same, add.size()));
        }
    }

    private void counted() {
        shownCount.set(shownProblems.count());
        int news = (int) noCable.stream().filter(noCableNews::contains).count();
        readingCount.set(shownProblems.count() + noCable.size() - news + elsewhereCount);
        noteCount.set(shownProblems.noteCount() + elsewhereNotes + news);
    }

    /** A cable's lines away from the screen: no place to jump to until it is shown. */
    private static List<Item> linesOf(int cable, CableProblems problems) {
        List<Item> lines = new ArrayList<>(problems.lines());
        for (Diagnostic read : problems.read()) {
            lines.add(new Item(cable, problems.name(), read, null, -1, CableProblems.isNote(read)));
        }
        addCorrectionLines(cable, problems, lines);
        return lines;
    }

    /** After its reading problems, a cable's problems of its corrections, then their news (notes). */
    private static void addCorrectionLines(int cable, CableProblems problems, List<Item> lines) {
        for (String problem : problems.problems()) {
            lines.add(new Item(cable, null, null, problem, -1, false));
        }
        for (String news : problems.news()) {
            lines.add(new Item(cable, null, null, news, -1, true));
        }
    }

    /** The lines of no cable: its problems, and the store's news as notes (found from outside: "Problems (1)" for a step finished). */
    private List<Item> noCableLines(List<String> lines) {
        List<Item> items = new ArrayList<>(lines.size());
        for (String line : lines) {
            items.add(new Item(-1, null, null, line, -1, noCableNews.contains(line)));
        }
        return items;
    }

    private static List<Item> linesOf(List<String> problems, int cable) {
        List<Item> lines = new ArrayList<>(problems.size());
        for (String problem : problems) {
            lines.add(new Item(cable, null, null, problem, -1, false));
        }
        return lines;
    }
}
