package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import cabletag.core.text.TextSearch;
import cabletag.formats.ReadingRules;
import cabletag.formats.inline.EarlierReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts stored corrections back onto a cable read from its source. When the source is the one the
 * corrections were made on (same SHA-256, or no fingerprint stored) and every stored span still covers
 * the text it covered when saved, they go back as they are; one that does not is named with the text
 * now at its place and left out, never applied to other words. When the source changed, each stored
 * span is looked for by its text: at the same place, or else at the only place nearby it occurs, or,
 * when its text occurs several times nearby, at the place the cable's other corrections moved by (a
 * line added above them moves them all alike). Those no such shift places (every correction on a word the
 * cable repeats) go by the one shift that puts every one of them on its text, each relabel or removal on an
 * entity the file still has, when it is the least change that explains where they are ({@link SharedShift});
 * else nothing is guessed. What cannot be found, or no longer fits, is reported rather than guessed. A relabel is stored as the removal of the old span and the addition of the new one
 * over the same text; the two go back together, on the place the removal is found at, or not at all: alone,
 * the addition would be looked for by its text and could land on another occurrence of it nearby, an entity
 * the analyst never made. A correction put at another place than the others moved by is named in a note.
 *
 * <p>Offsets counted over the clean text of other rules of reading (a store file of an earlier
 * {@code ReadingRules.GENERATION}) are carried onto the same words of the text read now when the file is the same
 * (ADR 0014: HTML blocks now separate words; ADR 0015: markup ends where a browser ends it, references read as a
 * browser reads them): the earlier rules' text of the same bytes is known, and each of its characters is where its
 * source is now. One whose words are no text now (a script's contents) is named with why, never looked for; what is
 * then not over its text is looked for by its text nearby, as in a changed source, instead of being named and left out.
 *
 * <p>Spans kept beside the corrections over the same text that are no entities (the suggestions the analyst rejected:
 * {@link Followed}) go where the same rules put an added entity, the corrections' moves telling theirs, and are never
 * put on other words by a guess either; they move no correction.
 */
final class Reapplier {

    /** How far (in characters, either side) a span's text is looked for when it moved. */
    static final int NEARBY = 1000;

    /**
     * The outcome: the spans, the differences still in force, and what could not be re-applied.
     * {@code sourceChanged}: the file's fingerprint is another; {@code readDifferently}: the offsets count the
     * clean text of other rules of reading, and that text is not all where they say (so they were looked for).
     */
    record Result(SpanSet spans, List<Span> removed, List<Span> added, boolean sourceChanged, boolean readDifferently,
                  int reapplied, List<String> notReapplied, List<String> movedApart, Followed followed) {

        /** Whether the corrections were looked for by their text, the source or its reading being another. */
        boolean lookedFor() {
            return sourceChanged || readDifferently;
        }

        boolean complete() {
            return notReapplied.isEmpty();
        }
    }

    /**
     * Where the spans that followed the corrections are on the text now, in their order: {@code at} holds null for one
     * that could not be placed, and {@code reasons} why (null for one placed); {@code movedApart} names, by their index,
     * those put at a place none of the corrections or other followers moved to while at least two moved alike.
     */
    record Followed(List<Span> at, List<String> reasons, Map<Integer, String> movedApart) {
        static final Followed NONE = new Followed(List.of(), List.of(), Map.of());
    }

    private Reapplier() {
    }

    static String sourceHash(Document document) {
        return Hashes.sha256Hex(document.source().text());
    }

    static Result reapply(Document read, StoredCorrection stored) {
        return reapply(read, sourceHash(read), stored);
    }

    static Result reapply(Document read, String currentHash, StoredCorrection stored) {
        return reapply(read, currentHash, stored, List.of());
    }

    /**
     * The corrections put back as {@link #reapply(Document, String, StoredCorrection)} puts them, and where
     * {@code followers} are now ({@link Result#followed}): spans over the same text as the corrections (the same
     * fingerprint and rules of reading) that are no entities. Each goes where an added entity would: carried onto
     * this reading with them, on its text at its place, else at the only place nearby its text is, else where the
     * corrections' shifts (then those of the other followers) put its text; never on another occurrence by a guess.
     */
    static Result reapply(Document read, String currentHash, StoredCorrection stored, List<StoredSpan> followers) {
        boolean changed = stored.sourceSha256() != null && !stored.sourceSha256().equals(currentHash);
        // carried and trimmed with the corrections, span by span, then taken apart again: they move no correction
        StoredCorrection all = followers.isEmpty() ? stored : stored.withSpans(stored.removed(), joined(stored.added(), followers));
        // The same file read by other rules: every span is moved over the separators this reading added, always.
        // Its text found at the old offsets proves nothing: "Iraq Iraq", once a separator stood before them, has
        // the first word where the second was, and the analyst's removal of the second went to the first, unsaid.
        Carried carried = stored.readByOtherRules() && !changed ? ontoThisReading(read, all) : new Carried(all, Map.of());
        StoredCorrection allToPlace = ReadingRules.entitiesHeldEdgeSpace(stored.readingGeneration())
                ? withoutEdgeSpace(carried.correction(), read.text(), changed) : carried.correction();
        int own = stored.added().size();
        StoredCorrection toPlace = followers.isEmpty() ? allToPlace
                : allToPlace.withSpans(allToPlace.removed(), allToPlace.added().subList(0, own));
        List<StoredSpan> followersNow = allToPlace.added().subList(own, allToPlace.added().size());
        boolean moved = !sameBounds(toPlace, stored);
        List<Span> removed = spans(toPlace.removed());
        List<Span> added = spans(toPlace.added());
        // one whose words are no text now may have other words at its old offsets: never taken as in place
        boolean inPlace = !anyLost(carried.correction(), own, carried.lost()) && allInPlace(toPlace, read.text());
        if (!changed && inPlace) {
            try {
                SpanSet spans = read.spans().replace(removed, added);
                Followed followed = follow(followersNow, read.text(), stored.readByOtherRules(), List.of(), List.of(), carried.lost());
                // moved by the reading alone: said (a note), and stored anew over the text read now
                return new Result(spans, removed, added, false, moved, removed.size() + added.size(), List.of(), List.of(), followed);
            } catch (IllegalArgumentException e) {
                // Same source hash yet not applicable (a file edited by hand): fall back to one at a time.
            }
        }
        // its text moved as an edited file's does (a separator added between blocks): what is not in place is looked for
        boolean readDifferently = stored.readByOtherRules() && (moved || !inPlace);
        return oneByOne(read, toPlace, carried.lost(), changed, readDifferently, followersNow, stored.readByOtherRules());
    }

    private static List<StoredSpan> joined(List<StoredSpan> first, List<StoredSpan> then) {
        List<StoredSpan> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /** Whether the words of a correction (of the first {@code own} additions, and the removals) are no text of this reading. */
    private static boolean anyLost(StoredCorrection carried, int own, Map<StoredSpan, String> lost) {
        return !lost.isEmpty() && (carried.removed().stream().anyMatch(lost::containsKey)
                || carried.added().subList(0, own).stream().anyMatch(lost::containsKey));
    }

    /**
     * The stored spans without the white space at their ends, which an entity no longer takes in (ADR 0015): a relabel
     * of the tagger's {@code Baghdad} and its line break is a relabel of {@code Baghdad} now. The white space is told
     * from the stored text, or, for a span stored without it, from the same file's text at its offsets.
     */
    private static StoredCorrection withoutEdgeSpace(StoredCorrection stored, String text, boolean changed) {
        List<StoredSpan> removed = withoutEdgeSpace(stored.removed(), text, changed);
        List<StoredSpan> added = withoutEdgeSpace(stored.added(), text, changed);
        if (removed.equals(stored.removed()) && added.equals(stored.added())) {
            return stored;
        }
        return stored.withSpans(removed, added);
    }

    private static List<StoredSpan> withoutEdgeSpace(List<StoredSpan> spans, String text, boolean changed) {
        List<StoredSpan> result = new ArrayList<>(spans.size());
        for (StoredSpan each : spans) {
            Span span = each.span();
            String words = each.text() != null ? each.text()
                    : !changed && span.end() <= text.length() ? text.substring(span.start(), span.end()) : null;
            int lead = 0;
            int trail = 0;
            if (words != null) {
                while (lead < words.length() && cabletag.core.text.WhitespaceTokenizer.isSpace(words.charAt(lead))) {
                    lead++;
                }
                while (trail < words.length() - lead && cabletag.core.text.WhitespaceTokenizer.isSpace(words.charAt(words.length() - 1 - trail))) {
                    trail++;
                }
            }
            if (words == null || lead == words.length() || lead + trail == 0) {
                result.add(each); // white space alone is left as it was, as the reading leaves such a tag
                continue;
            }
            Span trimmed = new Span(span.start() + lead, span.end() - trail, span.label());
            result.add(new StoredSpan(trimmed, each.text() == null ? null : words.substring(lead, words.length() - trail)));
        }
        return result;
    }

    /** Whether every span of the two has the same bounds (the reading added no separator before or inside any). */
    private static boolean sameBounds(StoredCorrection one, StoredCorrection other) {
        return one == other || (spans(one.removed()).equals(spans(other.removed())) && spans(one.added()).equals(spans(other.added())));
    }

    /**
     * The stored spans carried onto this reading, and those whose words it no longer reads as text, each with why
     * (named, never looked for: the same word elsewhere is another word).
     */
    private record Carried(StoredCorrection correction, Map<StoredSpan, String> lost) { }

    /**
     * The stored spans carried from the earlier rules' text of the same bytes onto the characters of the same source
     * now ({@link ReadingRules#earlierReading}): each on the same words, its stored text becoming the text read there
     * now ({@code Mowafaqal-Rubaie} read as {@code Mowafaq\nal-Rubaie}, {@code said&ensp;Rubaie} as {@code said Rubaie}
     * with an en space). Only when the file is the same: then no span needs guessing. A span whose stored text is not
     * the earlier text at its offsets is carried all the same, with its stored text, and looked for nearby when it
     * does not lie on it; one the earlier rules read as text that is no text now is lost, with why. The same object
     * when the earlier rules read the bytes as now.
     */
    private static Carried ontoThisReading(Document read, StoredCorrection stored) {
        EarlierReading earlier = ReadingRules.earlierReading(read, stored.readingGeneration());
        if (earlier == null) {
            return new Carried(stored, Map.of());
        }
        Map<StoredSpan, String> lost = new HashMap<>();
        String text = read.text();
        return new Carried(stored.withSpans(carried(stored.removed(), earlier, text, lost), carried(stored.added(), earlier, text, lost)),
                lost);
    }

    private static List<StoredSpan> carried(List<StoredSpan> spans, EarlierReading earlier, String text,
                                            Map<StoredSpan, String> lost) {
        String before = earlier.text();
        List<StoredSpan> carried = new ArrayList<>(spans.size());
        for (StoredSpan each : spans) {
            Span span = each.span();
            if (span.end() > before.length() || span.start() >= span.end()) {
                carried.add(each); // fits no text of the earlier reading: named as it is
                continue;
            }
            // no text stored (an older store format): the offsets are all there is, and the bytes are the same
            boolean sameWords = each.text() == null || before.substring(span.start(), span.end()).equals(each.text());
            EarlierReading.Carried now = earlier.carry(span);
            if (now.span() != null) {
                Span at = now.span();
                carried.add(new StoredSpan(at, sameWords && each.text() != null ? text.substring(at.start(), at.end()) : each.text()));
            } else {
                carried.add(each);
                if (sameWords) {
                    lost.put(each, now.lostBecause());
                }
            }
        }
        return carried;
    }

    private static Result oneByOne(Document read, StoredCorrection stored, Map<StoredSpan, String> lost, boolean sourceChanged,
                                   boolean readDifferently, List<StoredSpan> followers, boolean followersReadByOtherRules) {
        boolean changed = sourceChanged || readDifferently; // either way the text may have moved: look for it
        String text = read.text();
        // First without shifts; those left unplaced are looked for again along the shifts of the others.
        // a removal is of an entity the source has: of several places its text is at, only those that hold it
        java.util.function.Predicate<Span> hasEntity = read.spans()::containsSpan;
        List<Located> removedAt = locateAll(stored.removed(), text, changed, hasEntity, lost);
        List<Located> addedAt = locateAll(stored.added(), text, changed, null, lost);
        List<Integer> shifts = shiftsOfPlaced(stored, removedAt, addedAt);
        int[] relabelledTo = relabels(stored);
        if (changed) {
            sharedShift(stored, removedAt, addedAt, relabelledTo, text, hasEntity, lost)
                    .filter(shift -> !shifts.contains(shift)).ifPresent(shifts::add);
        }
        Span[] relabelAt = new Span[stored.added().size()];
        boolean[] relabelFailed = new boolean[stored.added().size()];
        SpanSet spans = read.spans();
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < stored.removed().size(); i++) {
            StoredSpan gone = stored.removed().get(i);
            int to = relabelledTo[i];
            String what = to < 0 ? "removal of " + describe(gone) : "relabel of " + describe(gone) + " to " + stored.added().get(to).span().label();
            Located located = removedAt.get(i).span != null || lost.containsKey(gone) ? removedAt.get(i)
                    : locate(gone, text, changed, shifts, hasEntity);
            String failure = located.span == null ? located.reason
                    : !spans.containsSpan(located.span) ? "the source no longer has that entity" : null;
            if (failure != null) {
                failures.add(what + ": " + failure);
                if (to >= 0) {
                    relabelFailed[to] = true;
                }
                continue;
            }
            spans = spans.without(located.span);
            removed.add(located.span);
            placed.add(new Placed(what, gone.span(), located.span));
            if (to >= 0) {
                relabelAt[to] = located.span.withLabel(stored.added().get(to).span().label());
            }
        }
        for (int i = 0; i < stored.added().size(); i++) {
            StoredSpan put = stored.added().get(i);
            if (relabelFailed[i]) {
                continue; // named with its removal
            }
            Located located = relabelAt[i] != null ? new Located(relabelAt[i], null)
                    : addedAt.get(i).span != null || lost.containsKey(put) ? addedAt.get(i) : locate(put, text, changed, shifts, null);
            if (located.span == null) {
                failures.add(describe(put) + ": " + located.reason);
                continue;
            }
            Optional<SpanConflictException> conflict = spans.conflictWith(located.span);
            if (conflict.isPresent()) {
                failures.add(describe(put) + ": " + conflict.get().getMessage());
            } else {
                spans = spans.with(located.span);
                added.add(located.span);
                if (relabelAt[i] == null) {
                    placed.add(new Placed(describe(put), put.span(), located.span));
                }
            }
        }
        int total = removed.size() + added.size();
        Followed followed = follow(followers, text, sourceChanged || followersReadByOtherRules, shifts, placed, lost);
        return new Result(spans, removed, added, sourceChanged, readDifferently, total, failures, movedApart(placed), followed);
    }

    /**
     * Where the followers are on the text now: each on its text at its place; when the text may have moved
     * ({@code lookFor}), else at the only place nearby it is, else where a shift puts its text: the corrections'
     * shifts first, the most common first, then those of the followers found without doubt, then the one shift that
     * puts every follower left on its text when it is the least change that explains them ({@link SharedShift}).
     * What none of these places is named with why.
     */
    private static Followed follow(List<StoredSpan> followers, String text, boolean lookFor, List<Integer> shifts,
                                   List<Placed> corrections, Map<StoredSpan, String> lost) {
        if (followers.isEmpty()) {
            return Followed.NONE;
        }
        List<Located> at = new ArrayList<>(locateAll(followers, text, lookFor, null, lost));
        if (lookFor) {
            List<Integer> theirs = new ArrayList<>(shifts);
            Map<Integer, Integer> votes = new HashMap<>();
            vote(followers, at, votes);
            byVotes(votes).stream().filter(shift -> !theirs.contains(shift)).forEach(theirs::add);
            SharedShift shared = new SharedShift();
            for (int i = 0; i < followers.size(); i++) {
                StoredSpan each = followers.get(i);
                if (at.get(i).span == null && !lost.containsKey(each) && each.text() != null) {
                    List<Integer> places = NearbyPlaces.of(each, text, null).all();
                    if (!places.isEmpty()) {
                        shared.add(each.span().start(), each.span().start() + each.text().length(), places);
                    }
                }
            }
            shared.shift().filter(shift -> !theirs.contains(shift)).ifPresent(theirs::add);
            for (int i = 0; i < followers.size(); i++) {
                if (at.get(i).span == null && !lost.containsKey(followers.get(i))) {
                    at.set(i, locate(followers.get(i), text, true, theirs, null));
                }
            }
        }
        List<Span> spans = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<Placed> all = new ArrayList<>(corrections);
        for (int i = 0; i < followers.size(); i++) {
            Located located = at.get(i);
            spans.add(located.span);
            reasons.add(located.reason);
            if (located.span != null) {
                all.add(new Placed(describe(followers.get(i)), followers.get(i).span(), located.span));
            }
        }
        Map<Integer, String> apart = new HashMap<>();
        Map<Integer, Integer> votes = votesOf(all);
        int next = corrections.size();
        for (int i = 0; i < followers.size(); i++) {
            if (spans.get(i) == null) {
                continue;
            }
            Placed placed = all.get(next++);
            if (isApart(placed, votes)) {
                apart.put(i, placed.what() + " is now at " + placed.now().start() + "-" + placed.now().end()
                        + ": found there by its text, moved unlike the cable's corrections");
            }
        }
        return new Followed(java.util.Collections.unmodifiableList(spans), java.util.Collections.unmodifiableList(reasons), Map.copyOf(apart));
    }

    /** A correction put back: what it is, where it was stored and where it went. */
    private record Placed(String what, Span stored, Span now) {

        int shift() {
            return now.start() - stored.start();
        }
    }

    /**
     * The corrections put at another place than they were saved at, by a shift no other correction shares,
     * while at least two others moved alike (a line added above moves them all by its length, which the
     * caller says once): each was found by its text alone, away from the rest, and the analyst should see
     * where. With no such majority (one or two corrections, or each moved its own way) nothing tells a move
     * from a line added between them, and no note is made.
     */
    private static List<String> movedApart(List<Placed> placed) {
        Map<Integer, Integer> votes = votesOf(placed);
        List<String> moved = new ArrayList<>();
        for (Placed each : placed) {
            if (isApart(each, votes)) {
                moved.add(each.what() + " is now at " + each.now().start() + "-" + each.now().end()
                        + ": found there by its text, moved unlike the cable's other corrections");
            }
        }
        return moved;
    }

    /** How many of those placed moved by each shift. */
    private static Map<Integer, Integer> votesOf(List<Placed> placed) {
        Map<Integer, Integer> votes = new HashMap<>();
        for (Placed each : placed) {
            votes.merge(each.shift(), 1, Integer::sum);
        }
        return votes;
    }

    /** Whether one placed moved by a shift no other shares, while at least two others moved alike. */
    private static boolean isApart(Placed each, Map<Integer, Integer> votes) {
        return each.shift() != 0 && votes.get(each.shift()) == 1 && votes.values().stream().anyMatch(count -> count >= 2);
    }

    /**
     * For each stored removal, the stored addition that relabels it (the same offsets and text, another
     * label), or -1: each addition is the partner of one removal at most.
     */
    private static int[] relabels(StoredCorrection stored) {
        int[] to = new int[stored.removed().size()];
        boolean[] taken = new boolean[stored.added().size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = -1;
            StoredSpan gone = stored.removed().get(i);
            for (int j = 0; j < taken.length; j++) {
                StoredSpan put = stored.added().get(j);
                if (!taken[j] && put.span().start() == gone.span().start() && put.span().end() == gone.span().end()
                        && java.util.Objects.equals(put.text(), gone.text()) && !put.span().label().equals(gone.span().label())) {
                    to[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
        return to;
    }

    private record Located(Span span, String reason) { }

    /**
     * How far the corrections found without doubt (same place, or the only occurrence nearby) moved,
     * the most common shift first.
     */
    private static List<Integer> shiftsOfPlaced(StoredCorrection stored, List<Located> removedAt, List<Located> addedAt) {
        Map<Integer, Integer> votes = new HashMap<>();
        vote(stored.removed(), removedAt, votes);
        vote(stored.added(), addedAt, votes);
        return byVotes(votes);
    }

    /** The shifts voted for, the most common first, then the smallest. */
    private static List<Integer> byVotes(Map<Integer, Integer> votes) {
        List<Integer> shifts = new ArrayList<>(votes.keySet());
        shifts.sort(Comparator.comparing((Integer shift) -> votes.get(shift)).reversed().thenComparing(Math::abs));
        return shifts;
    }

    /**
     * The shift the corrections not found without doubt moved by, when they tell it together ({@link SharedShift}):
     * each can be where its text is nearby, a relabel or removal only where the file still has its entity (the
     * file's own tags moved with its text). A relabel's addition goes with its removal and is not counted apart;
     * a correction with no such place nearby is named anyway and tells nothing of the others.
     */
    private static Optional<Integer> sharedShift(StoredCorrection stored, List<Located> removedAt, List<Located> addedAt,
                                                 int[] relabelledTo, String text, java.util.function.Predicate<Span> hasEntity,
                                                 Map<StoredSpan, String> lost) {
        boolean[] relabelling = new boolean[stored.added().size()];
        for (int to : relabelledTo) {
            if (to >= 0) {
                relabelling[to] = true;
            }
        }
        SharedShift shared = new SharedShift();
        for (int i = 0; i < stored.removed().size() + stored.added().size(); i++) {
            boolean removal = i < stored.removed().size();
            int j = removal ? i : i - stored.removed().size();
            StoredSpan each = removal ? stored.removed().get(j) : stored.added().get(j);
            Located located = removal ? removedAt.get(j) : addedAt.get(j);
            if (located.span != null || lost.containsKey(each) || each.text() == null || (!removal && relabelling[j])) {
                continue;
            }
            List<Integer> places = NearbyPlaces.of(each, text, removal ? hasEntity : null).candidates(removal);
            if (!places.isEmpty()) {
                shared.add(each.span().start(), each.span().start() + each.text().length(), places);
            }
        }
        return shared.shift();
    }

    private static void vote(List<StoredSpan> stored, List<Located> located, Map<Integer, Integer> votes) {
        for (int i = 0; i < stored.size(); i++) {
            if (located.get(i).span != null) {
                votes.merge(located.get(i).span.start() - stored.get(i).span().start(), 1, Integer::sum);
            }
        }
    }

    /** Where each stored span is, found without the shifts of the others; one {@code lost} is nowhere, for its reason. */
    private static List<Located> locateAll(List<StoredSpan> stored, String text, boolean changed,
                                           java.util.function.Predicate<Span> holds, Map<StoredSpan, String> lost) {
        List<Located> located = new ArrayList<>(stored.size());
        for (StoredSpan each : stored) {
            String why = lost.get(each);
            located.add(why != null ? new Located(null, why) : locate(each, text, changed, List.of(), holds));
        }
        return located;
    }

    /**
     * Whether every stored span lies on the text, on whole characters, over the text it covered when it was
     * saved. The fingerprint alone does not prove that: a store file may have none, and the same source can
     * give another clean text when the reader changes.
     */
    private static boolean allInPlace(StoredCorrection stored, String text) {
        for (List<StoredSpan> spans : List.of(stored.removed(), stored.added())) {
            for (StoredSpan span : spans) {
                if (misfit(span.span(), text) != null || !textInPlace(span, text)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the text a span covered when saved is at its offsets (true when no text was stored, as before text was kept). */
    private static boolean textInPlace(StoredSpan stored, String text) {
        return stored.text() == null || TextSearch.matchEnd(text, stored.span().start(), stored.text(), false) == stored.span().end();
    }

    /**
     * Why a span cannot lie on this text as it is (null when it can): past its end, or with an end
     * between the two halves of a character outside the BMP, which no export could write without a
     * replacement character.
     */
    static String misfit(Span span, String text) {
        if (span.end() > text.length()) {
            return "its offsets " + span.start() + "-" + span.end() + " run past the end of the text ("
                    + text.length() + " characters)";
        }
        for (int at : new int[] {span.start(), span.end()}) {
            if (at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                    && Character.isLowSurrogate(text.charAt(at))) {
                return "its offset " + at + " falls inside a character (between the two halves of a surrogate pair)";
            }
        }
        return null;
    }

    /**
     * Where a stored span is on the text now. {@code holds}, when given, tells the places that can be meant
     * (a removal: where the source has that entity) from the others, when its text occurs at several places
     * nearby and no shift of the other corrections points at one.
     */
    private static Located locate(StoredSpan stored, String text, boolean changed, List<Integer> shifts,
                                  java.util.function.Predicate<Span> holds) {
        Span span = stored.span();
        String misfit = misfit(span, text);
        if (misfit != null && (stored.text() == null || !changed)) {
            return new Located(null, misfit);
        }
        boolean inside = misfit == null;
        if (stored.text() == null) {
            return inside && !changed
                    ? new Located(span, null)
                    : new Located(null, "its text was not stored (older store format) and the source changed");
        }
        if (inside && textInPlace(stored, text)) {
            return new Located(span, null);
        }
        if (!changed) {
            // The fingerprint says the source is the one corrected (or there is none to say): nothing moved,
            // so a text that is not where it was is not looked for elsewhere; it is named with what is there.
            return new Located(null, "the text there is " + Quotes.of(text.substring(span.start(), span.end())));
        }
        NearbyPlaces places = NearbyPlaces.of(stored, text, holds);
        int count = places.all().size();
        int length = stored.text().length();
        if (count == 1) {
            return new Located(span.withBounds(places.all().get(0), places.all().get(0) + length), null);
        }
        for (int shift : shifts) {
            int at = span.start() + shift;
            // where the others' shift puts its text, it is: a removal whose entity is gone from there is named so
            if (count > 1 && places.all().contains(at)) {
                return new Located(span.withBounds(at, at + length), null);
            }
        }
        if (count > 1 && places.held().size() == 1) {
            return new Located(span.withBounds(places.held().get(0), places.held().get(0) + length), null);
        }
        return new Located(null, count == 0
                ? "the text is no longer there or nearby" + (inside ? " (the text there is now " + Quotes.of(text.substring(span.start(), span.end())) + ")" : "")
                : "the text occurs " + count + " times nearby, so which one is meant is not clear");
    }

    private static String describe(StoredSpan stored) {
        String text = stored.text() == null ? "" : " " + Quotes.of(stored.text());
        return stored.span().label() + text + " at " + stored.span().start() + "-" + stored.span().end();
    }

    private static List<Span> spans(List<StoredSpan> stored) {
        List<Span> spans = new ArrayList<>(stored.size());
        for (StoredSpan each : stored) {
            spans.add(each.span());
        }
        return spans;
    }
}
