package cabletag.formats;

import cabletag.formats.inline.InlineFormat;
import cabletag.formats.reader.FormatReader;
import java.util.ArrayList;
import java.util.List;

/** The readers a corpus tries, most specific first; the inline reader takes whatever is left. */
public final class FormatRegistry {

    private FormatRegistry() {
    }

    public static List<FormatReader> readers() {
        List<FormatReader> readers = new ArrayList<>();
        // Dataset formats claim their files by name and content; the inline reader takes the rest.
        readers.add(new cabletag.formats.dataset.BratFormat());
        readers.add(new cabletag.formats.dataset.DoccanoFormat());
        readers.add(new cabletag.formats.dataset.JsonlFormat());
        readers.add(new cabletag.formats.dataset.ConllFormat());
        readers.add(new InlineFormat());
        return readers;
    }
}
