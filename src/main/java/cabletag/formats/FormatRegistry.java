package cabletag.formats;

import cabletag.formats.inline.InlineFormat;
import java.util.ArrayList;
import java.util.List;

/** The readers a corpus tries, most specific first; the inline reader takes whatever is left. */
public final class FormatRegistry {

    private FormatRegistry() {
    }

    public static List<FormatReader> readers() {
        List<FormatReader> readers = new ArrayList<>();
        readers.add(new InlineFormat());
        return readers;
    }
}
