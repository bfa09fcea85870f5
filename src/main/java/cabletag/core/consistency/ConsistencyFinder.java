package cabletag.core.consistency;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out the findings of an {@link EntityIndex}, most places first, over its distinct texts (its
 * counts), never its places. The spelling variants are found by blocking on {@link NameKeys#skeleton}:
 * only texts with one skeleton are compared, so the work grows with the texts, not their square. The
 * variant clusters depend only on which texts are entities, so they are kept until that changes.
 */
public final class ConsistencyFinder {

    private final EntityIndex index;
    private List<int[]> spellingClusters; // groups, per cluster
    private String clustersFor = "";

    public ConsistencyFinder(EntityIndex index) {
        this.index = index;
    }

    public List<Finding> findings(Set<String> dismissed) {
        int groups = index.groupCount();
        List<List<Integer>> rawsOfGroup = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            rawsOfGroup.add(null);
        }
        for (int raw = 0; raw < index.rawCount(); raw++) {
            if (index.isEntity(raw)) {
                int group = index.groupOf(raw);
                if (rawsOfGroup.get(group) == null) {
                    rawsOfGroup.set(group, new ArrayList<>(2));
                }
                rawsOfGroup.get(group).add(raw);
            }
        }
        for (List<Integer> raws : rawsOfGroup) {
            if (raws != null) {
                raws.sort(Comparator.comparing(index::raw));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<Integer> raws = rawsOfGroup.get(g);
            if (raws == null) {
                continue;
            }
            Map<Label, Integer> labels = new LinkedHashMap<>();
            int tagged = 0;
            for (int raw : raws) {
                for (int l = 0; l < index.labelCount(); l++) {
                    int n = index.count(raw, l);
                    if (n > 0) {
                        labels.merge(index.label(l), n, Integer::sum);
                        tagged += n;
                    }
                }
            }
            if (labels.size() > 1) {
                findings.add(new Finding(Finding.Kind.LABELS, "labels:" + index.groupKey(g),
                        quote(index.raw(raws.get(0))) + " is tagged " + listing(labels) + " in different places",
                        tagged, texts(raws, false)));
            }
            if (raws.size() > 1) {
                findings.add(new Finding(Finding.Kind.VARIANTS, "case:" + index.groupKey(g),
                        "one name written in different case: " + described(raws), tagged, texts(raws, false)));
            }
            for (int raw : raws) {
                int untagged = index.count(raw, EntityIndex.UNTAGGED);
                if (untagged > 0) {
                    int rawTagged = index.taggedCount(raw);
                    findings.add(new Finding(Finding.Kind.UNTAGGED, "untagged:" + index.raw(raw),
                            quote(index.raw(raw)) + " is tagged " + listing(labelsOf(raw)) + " but untagged "
                                    + untagged + "× elsewhere (whole tokens)",
                            rawTagged + untagged, List.of(text(raw, true))));
                }
            }
        }
        // clusters in key order, whatever order the ids were given in (texts are in text order above)
        for (int[] unordered : spellingClusters(rawsOfGroup)) {
            int[] cluster = java.util.Arrays.stream(unordered).boxed().sorted(Comparator.comparing(index::groupKey))
                    .mapToInt(Integer::intValue).toArray();
            List<Integer> raws = new ArrayList<>();
            StringBuilder key = new StringBuilder("spelling:");
            for (int g : cluster) {
                raws.addAll(rawsOfGroup.get(g));
                key.append(key.length() > 9 ? "|" : "").append(index.groupKey(g));
            }
            int tagged = 0;
            for (int raw : raws) {
                tagged += index.taggedCount(raw);
            }
            findings.add(new Finding(Finding.Kind.VARIANTS, key.toString(),
                    "probably one name spelled differently: " + described(raws), tagged, texts(raws, false)));
        }
        findings.removeIf(f -> dismissed.contains(f.key()));
        findings.sort(Comparator.comparingInt(Finding::occurrences).reversed()
                .thenComparing(f -> f.kind().ordinal()).thenComparing(Finding::key));
        return findings;
    }

    private List<int[]> spellingClusters(List<List<Integer>> rawsOfGroup) {
        StringBuilder which = new StringBuilder();
        for (int g = 0; g < rawsOfGroup.size(); g++) {
            if (rawsOfGroup.get(g) != null) {
                which.append(g).append(',');
            }
        }
        String now = which.toString();
        if (spellingClusters != null && now.equals(clustersFor)) {
            return spellingClusters;
        }
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int g = 0; g < rawsOfGroup.size(); g++) {
            String key = index.groupKey(g);
            if (rawsOfGroup.get(g) != null && key.length() >= 4) {
                blocks.computeIfAbsent(NameKeys.skeleton(key), k -> new ArrayList<>()).add(g);
            }
        }
        int[] parent = new int[rawsOfGroup.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<Integer> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    if (NameKeys.probablySame(index.groupKey(block.get(i)), index.groupKey(block.get(j)))) {
                        parent[find(parent, block.get(i))] = find(parent, block.get(j));
                    }
                }
            }
        }
        Map<Integer, TreeSet<Integer>> clusters = new HashMap<>();
        for (List<Integer> block : blocks.values()) {
            for (int g : block) {
                clusters.computeIfAbsent(find(parent, g), r -> new TreeSet<>()).add(g);
            }
        }
        List<int[]> result = new ArrayList<>();
        for (TreeSet<Integer> cluster : clusters.values()) {
            if (cluster.size() > 1) {
                result.add(cluster.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        spellingClusters = result;
        clustersFor = now;
        return result;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private Map<Label, Integer> labelsOf(int raw) {
        Map<Label, Integer> labels = new LinkedHashMap<>();
        for (int l = 0; l < index.labelCount(); l++) {
            int n = index.count(raw, l);
            if (n > 0) {
                labels.put(index.label(l), n);
            }
        }
        return labels;
    }

    private Finding.Text text(int raw, boolean withUntagged) {
        return new Finding.Text(index.raw(raw), labelsOf(raw), withUntagged ? index.count(raw, EntityIndex.UNTAGGED) : 0);
    }

    private List<Finding.Text> texts(List<Integer> raws, boolean withUntagged) {
        List<Finding.Text> texts = new ArrayList<>();
        for (int raw : raws) {
            texts.add(text(raw, withUntagged));
        }
        return texts;
    }

    private String described(List<Integer> raws) {
        StringBuilder out = new StringBuilder();
        for (int raw : raws) {
            out.append(out.length() > 0 ? ", " : "").append(quote(index.raw(raw))).append(" (")
                    .append(listing(labelsOf(raw))).append(')');
        }
        return out.toString();
    }

    private static String listing(Map<Label, Integer> labels) {
        StringBuilder out = new StringBuilder();
        labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.append(out.length() > 0 ? ", " : "").append(e.getKey()).append(' ').append(e.getValue()).append('×'));
        return out.toString();
    }

    static String quote(String text) {
        return "“" + text.replace('\n', ' ') + "”";
    }

    /**
     * The first place of each finding (as {@link #places} would list it, tagged only unless untagged), in one
     * pass over the places, ranked by {@code cableRank} then start: what a command prints, without listing every
     * place of every finding.
     */
    public List<Place> firstPlaces(List<Finding> findings, java.util.function.IntUnaryOperator cableRank) {
        return firstPlaces(findings, FirstPlaces.of(index, cableRank));
    }

    /** As above, from the first place of each text found already (a saved index keeps them). */
    public List<Place> firstPlaces(List<Finding> findings, FirstPlaces firsts) {
        List<Place> result = new ArrayList<>();
        for (Finding finding : findings) {
            long best = Long.MAX_VALUE;
            int[] at = null;
            int bestRaw = -1;
            for (String text : finding.rawTexts()) {
                int raw = index.findRaw(text);
                if (raw < 0) {
                    continue;
                }
                if (firsts.key(raw, false) < best) {
                    best = firsts.key(raw, false);
                    at = firsts.place(raw, false);
                    bestRaw = raw;
                }
                if (finding.kind() == Finding.Kind.UNTAGGED && firsts.key(raw, true) < best) {
                    best = firsts.key(raw, true);
                    at = firsts.place(raw, true);
                    bestRaw = raw;
                }
            }
            if (at == null) {
                result.add(null);
                continue;
            }
            String text = index.raw(bestRaw);
            result.add(new Place(at[0], index.cableName(at[0]), at[2], at[2] + text.length(), at[3],
                    at[3] + text.codePointCount(0, text.length()), text, index.label(at[1]), at[4], at[5]));
        }
        return result;
    }

    /**
     * Every place of a finding, in cable then text order: the tagged places of its texts, and for an
     * untagged finding the untagged ones too.
     */
    public List<Place> places(Finding finding) {
        return places(List.of(finding)).get(0);
    }

    /** The places of each finding, as {@link #places(Finding)} lists them, in one pass over the places. */
    public List<List<Place>> places(List<Finding> findings) {
        Map<Integer, List<Integer>> findingsOfRaw = new HashMap<>();
        for (int f = 0; f < findings.size(); f++) {
            for (String raw : findings.get(f).rawTexts()) {
                int id = index.findRaw(raw);
                if (id >= 0) {
                    List<Integer> of = findingsOfRaw.computeIfAbsent(id, r -> new ArrayList<>(1));
                    if (!of.contains(f)) {
                        of.add(f);
                    }
                }
            }
        }
        List<List<Place>> places = new ArrayList<>();
        for (int f = 0; f < findings.size(); f++) {
            places.add(new ArrayList<>());
        }
        for (int cable = 0; cable < index.cableCount(); cable++) {
            int[] recs = index.records(cable);
            Map<Integer, List<Place>> ofCable = new HashMap<>();
            for (int i = 0; i < recs.length; i += EntityIndex.STRIDE) {
                int raw = recs[i + EntityIndex.RAW];
                List<Integer> of = findingsOfRaw.get(raw);
                if (of == null) {
                    continue;
                }
                int label = recs[i + EntityIndex.LABEL];
                Place place = null;
                for (int f : of) {
                    if (label == EntityIndex.UNTAGGED && findings.get(f).kind() != Finding.Kind.UNTAGGED) {
                        continue;
                    }
                    if (place == null) {
                        String text = index.raw(raw);
                        int start = recs[i + EntityIndex.START];
                        int startCp = recs[i + EntityIndex.START_CP];
                        place = new Place(cable, index.cableName(cable), start, start + text.length(), startCp,
                                startCp + text.codePointCount(0, text.length()), text, index.label(label),
                                recs[i + EntityIndex.LINE], recs[i + EntityIndex.COLUMN]);
                    }
                    ofCable.computeIfAbsent(f, k -> new ArrayList<>()).add(place);
                }
            }
            ofCable.forEach((f, list) -> {
                list.sort(Comparator.comparingInt(Place::start));
                places.get(f).addAll(list);
            });
        }
        return places;
    }
}
