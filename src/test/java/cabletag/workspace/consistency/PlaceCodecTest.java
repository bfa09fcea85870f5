package cabletag.workspace.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A saved cable's places, relabelled in their encoded bytes, decode as the records relabelled. */
class PlaceCodecTest {

    // raw, label, start, start code point, line, column
    private static final int[] RECORDS = {
        3, 0, 10, 10, 1, 10,
        5, 1, 40, 39, 2, 4,
        3, 0, 40, 39, 2, 4,      // same start as the one before, another text
        7, -1, 300, 290, 9, 1,   // untagged
    };

    private static byte[] encoded() {
        Varints out = new Varints();
        PlaceCodec.encode(RECORDS, out);
        return out.toByteArray();
    }

    @Test
    void relabellingTheBytesDecodesAsRelabellingTheRecords() {
        byte[] bytes = encoded();
        int length = bytes.length;
        // start 40, label 0: the third place (the second starts there too, with label 1)
        assertThat(PlaceCodec.relabel(bytes, 0, 4, 40, 0, 2, raw -> raw == 3)).isEqualTo(3);
        int[] expected = RECORDS.clone();
        expected[13] = 2;
        assertThat(PlaceCodec.decode(bytes, 0, 4)).containsExactly(expected);
        assertThat(bytes).hasSize(length);
    }

    @Test
    void noSuchPlaceOrALabelIdBeyondOneByteChangesNothing() {
        byte[] bytes = encoded();
        byte[] before = bytes.clone();
        assertThat(PlaceCodec.relabel(bytes, 0, 4, 40, 0, 2, raw -> raw == 5)).isEqualTo(-1); // text does not fit
        assertThat(PlaceCodec.relabel(bytes, 0, 4, 11, 0, 2, raw -> true)).isEqualTo(-1);    // no place starts there
        assertThat(PlaceCodec.relabel(bytes, 0, 4, 10, 0, 200, raw -> true)).isEqualTo(-1);  // 201 needs two bytes
        assertThat(Arrays.equals(bytes, before)).isTrue();
    }
}
