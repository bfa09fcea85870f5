package cabletag.formats;

import cabletag.formats.reader.FileNameLimit;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class FileNameLimitTest {

    @Test
    void aNameThatFitsIsKeptWithItsControlsReplaced() {
        assertThat(FileNameLimit.shorten("plain", 16)).isEqualTo("plain");
        assertThat(FileNameLimit.shorten("a\u0000b\tc", 16)).isEqualTo("a_b_c");
    }

    @Test
    void aLongNameKeepsAPrefixAHashAndItsExtension() {
        String name = "é".repeat(200) + ".html";
        String shortened = FileNameLimit.shorten(name, 16);
        assertThat(FileNameLimit.utf8Length(shortened)).isLessThanOrEqualTo(255 - 16);
        assertThat(shortened).startsWith("éé").matches("é+~[0-9a-f]{8}\\.html");
        assertThat(FileNameLimit.shorten(name, 16)).isEqualTo(shortened); // the same on every run
        assertThat(FileNameLimit.shorten("é".repeat(199) + "x.html", 16)).isNotEqualTo(shortened);
        assertThat(FileNameLimit.isTooLong(name)).isTrue();
        assertThat(FileNameLimit.isTooLong("é".repeat(127))).isFalse(); // 254 bytes
    }

    @Property(tries = 300)
    void everyShortenedNameFitsAndEndsOnAWholeCharacter(@ForAll @StringLength(max = 400) String name,
                                                        @ForAll @IntRange(min = 0, max = 32) int reserve) {
        String shortened = FileNameLimit.shorten(name, reserve);
        assertThat(FileNameLimit.utf8Length(shortened)).isLessThanOrEqualTo(255 - reserve);
        assertThat(shortened).doesNotContain("\u0000");
    }
}
