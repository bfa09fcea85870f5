package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.core.SpanSet;
import cabletag.formats.inline.CableTagsInText;
import java.util.List;

/**
 * A brat {@code .txt} that holds a cable's tags ({@code [PER Ali  ] met [LOC Basra  ]}). A {@code NAME.txt} is read
 * as brat text whenever a {@code NAME.ann} is beside it, and an empty {@code .ann} is what a folder made ready for
 * brat holds: the tagged cable was read with no entity and its tags as words of its text, every export wrote it so,
 * and nothing was said. Its tags are named once per document, at the first, as annotation lost. A tag over words an
 * entity of the {@code .ann} covers is not lost (a brat export of a text that kept an outer tag as text, {@code [ORG
 * Rubaie  ]} over the entity Rubaie, reads back so), and is not counted.
 */
final class CableTagsInBratText {

    static final String CODE = "cable-tags-in-brat-text";

    private CableTagsInBratText() {
    }

    /** The warning for {@code text}, the {@code .txt} of {@code annName}, or null when it holds no tag that is lost. */
    static Diagnostic of(String text, String txtName, String annName, SpanSet entities) {
        if (text.indexOf('[') < 0) {
            return null;
        }
        List<CableTagsInText.Tag> lost = CableTagsInText.find(text).stream()
                .filter(tag -> entities.overlapping(tag.textStart(), tag.textEnd()).isEmpty())
                .toList();
        if (lost.isEmpty()) {
            return null;
        }
        CableTagsInText.Tag first = lost.get(0);
        String shown = first.shownIn(text) + (lost.size() == 1 ? "" : " and " + (lost.size() - 1) + " more");
        // the document's lines are its .ann's: the warning stands at its first and names the place in the .txt
        int[] place = cabletag.core.PlaceInFile.lineColumn(text, first.start());
        return Diagnostic.dropped(CODE, 1, 1, txtName + ":" + place[0] + ":" + place[1] + " holds "
                + (lost.size() == 1 ? "a cable tag (" : lost.size() + " cable tags (") + shown + ") but is read as brat text,"
                + " since " + annName + " is beside it: " + (lost.size() == 1 ? "its tag is no entity" : "its tags are no entities")
                + ", only words of the text; move " + annName + " away to read " + txtName + " as a cable");
    }
}
