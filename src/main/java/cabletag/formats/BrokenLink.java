package cabletag.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a symbolic link cannot be followed, in words that follow "symbolic link": it points nowhere
 * ("to nowhere.txt, which does not exist"), or it loops ("that loops (a -> b -> a)"). The system says
 * only "no such file" or "too many levels of symbolic links", and a link that is right there called
 * missing sends the user looking in the wrong place; so the chain of links is followed here, by their
 * own text, to its end or to the first link met twice.
 */
final class BrokenLink {

    /** As many links as Linux follows in one path before it gives up with ELOOP. */
    private static final int MOST_HOPS = 40;

    private BrokenLink() {
    }

    /** Why {@code link} cannot be followed: "to T, which does not exist", "that loops (link -> T -> link)", … */
    static String why(Path link) {
        List<String> chain = new ArrayList<>(); // the link's name, then each link's text as written
        chain.add(String.valueOf(link.getFileName()));
        Set<Path> seen = new HashSet<>();
        Path hop = CorpusReader.realLocation(link);
        while (chain.size() <= MOST_HOPS) {
            if (!seen.add(hop)) {
                return "that loops (" + String.join(" -> ", chain) + ")";
            }
            Path text;
            try {
                text = Files.readSymbolicLink(hop);
            } catch (IOException | UnsupportedOperationException e) {
                break; // no longer a link: said below by what is there
            }
            chain.add(text.toString());
            Path next = hop.resolveSibling(text);
            if (!Files.isSymbolicLink(next)) {
                String targets = String.join(" -> ", chain.subList(1, chain.size()));
                if (Files.exists(next)) {
                    return "to " + targets + ", which is there now"; // it appeared since the system failed to follow it
                }
                return "to " + targets + (loopsOnTheWay(next) ? ", on a path through a link that loops" : ", which does not exist");
            }
            hop = CorpusReader.realLocation(next);
        }
        if (chain.size() > MOST_HOPS) {
            return "through more than " + MOST_HOPS + " links, more than the system follows (" + String.join(" -> ", chain.subList(0, 4)) + " -> …)";
        }
        return "to " + String.join(" -> ", chain.subList(1, chain.size())) + ", which cannot be read";
    }

    /** Whether the path cannot be followed because a folder link on the way loops ({@code a -> loop/x}). */
    private static boolean loopsOnTheWay(Path path) {
        try {
            path.toRealPath();
            return false;
        } catch (java.nio.file.FileSystemException e) {
            return e.getReason() != null && e.getReason().startsWith("Too many levels of symbolic links"); // ELOOP
        } catch (IOException e) {
            return false;
        }
    }
}
