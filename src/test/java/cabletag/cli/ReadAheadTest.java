package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.formats.CorpusFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files read in runs on several threads come out one by one in input order, a failure at its own turn. */
class ReadAheadTest {

    @AfterEach
    void threadsAsTheMachineHasThem() {
        System.clearProperty(ReadAhead.THREADS_PROPERTY);
    }

    private static List<CorpusFile> files(int count, long size) {
        List<CorpusFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(new CorpusFile(Path.of("f" + i), "f" + i, size, 0L));
        }
        return files;
    }

    @Test
    void resultsComeInInputOrderAndAFailureOnlyWhenItsFileIsAskedFor() {
        for (String threads : List.of("0", "1", "3")) {
            System.setProperty(ReadAhead.THREADS_PROPERTY, threads);
            try (ReadAhead<Integer> ahead = new ReadAhead<>(files(100, 1000), index -> {
                if (index == 37) {
                    throw new UsageException("file 37 is bad");
                }
                return index * 2;
            })) {
                for (int i = 0; i < 37; i++) {
                    assertThat(ahead.next()).as("threads %s", threads).isEqualTo(i * 2);
                }
                assertThatThrownBy(ahead::next).isInstanceOf(UsageException.class).hasMessage("file 37 is bad");
            }
        }
    }

    @Test
    void largeAndUnknownSizesStillGiveEveryFile() {
        System.setProperty(ReadAhead.THREADS_PROPERTY, "2");
        List<CorpusFile> files = files(30, 40L << 20); // more than the bytes in flight, one a run
        files.addAll(files(30, CorpusFile.UNKNOWN_SIZE)); // no such files: sized 0 by the fallback
        try (ReadAhead<Integer> ahead = new ReadAhead<>(files, index -> index)) {
            for (int i = 0; i < files.size(); i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
        }
    }
}
