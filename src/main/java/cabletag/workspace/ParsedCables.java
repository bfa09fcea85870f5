package cabletag.workspace;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cables hold their parsed documents, least recently used first, with a bound on how many and on
 * their estimated heap: a 250,000-cable corpus parsed whole needs about 9 GB, so only the cables in use
 * stay parsed and the rest is a summary in {@link CableState}. This class only keeps the books; which
 * cable may really be let go (not the shown one, nothing unsaved) the {@link CorpusLoader} decides.
 */
final class ParsedCables {

    /** Enough for the shown cable, its neighbours and the recently visited or edited ones. */
    static final int DEFAULT_COUNT = 64;
    /** A 5 MB cable with 100,000 entities is estimated at about 80 MB: two of them fit. */
    static final long DEFAULT_BYTES = 192L << 20;

    private final int maxCount;
    private final long maxBytes;
    private final LinkedHashMap<Integer, Long> bytesByCable = new LinkedHashMap<>(16, 0.75f, true);
    private long total;

    ParsedCables(int maxCount, long maxBytes) {
        if (maxCount < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("the parsed-cable cache needs room for one cable at least");
        }
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
    }

    /** The cable is parsed and in use now (the most recently used). */
    synchronized void touch(int cable, long bytes) {
        Long before = bytesByCable.put(cable, bytes);
        total += bytes - (before == null ? 0 : before);
    }

    synchronized boolean contains(int cable) {
        return bytesByCable.containsKey(cable);
    }

    synchronized void remove(int cable) {
        Long before = bytesByCable.remove(cable);
        if (before != null) {
            total -= before;
        }
    }

    synchronized boolean overBound() {
        return bytesByCable.size() > maxCount || total > maxBytes;
    }

    /** The cables in the order they would go, least recently used first (a copy). */
    synchronized List<Integer> leastRecentFirst() {
        List<Integer> order = new ArrayList<>(bytesByCable.size());
        for (Iterator<Map.Entry<Integer, Long>> it = bytesByCable.entrySet().iterator(); it.hasNext(); ) {
            order.add(it.next().getKey());
        }
        return order;
    }

    synchronized int size() {
        return bytesByCable.size();
    }

    int maxCount() {
        return maxCount;
    }
}
