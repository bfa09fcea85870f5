package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReaderChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listing tells what its files are on the background reader's threads as well as its own (the reader is
 * idle until all is listed): opening every file on one thread made a first listing two to four times as long.
 * The choices come back in the files' order, each the one the commands make.
 */
class ListingChoicesTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(60)
    void aBatchIsDecidedOnTwoThreadsAtOnceAndEachChoiceIsTheCommandsOne() throws Exception {
        CorpusReader reader = CorpusReader.standard();
        List<CorpusFile> files = new ArrayList<>();
        for (int i = 0; i < 4 * ListingChoices.CHUNK; i++) {
            Path file = temp.resolve(String.format("%03d.txt", i));
            if (i % 7 == 3) {
                Files.write(file, new byte[] {'a', 0, 'b'}); // binary: no cable
            } else if (i % 11 == 5) {
                Files.writeString(file, "-DOCSTART- -X- O O\n\nRubaie B-PER\n"); // a CoNLL dataset by its first line
            } else {
                Files.writeString(file, "[PER Rubaie  ] met " + i + " .\n");
            }
            files.add(new CorpusFile(file, file.getFileName().toString(), Files.size(file), 0));
        }
        CountDownLatch twoAtOnce = new CountDownLatch(2);
        Set<Thread> deciding = ConcurrentHashMap.newKeySet();
        ReaderChoice[] chosen;
        try (ListingChoices choices = new ListingChoices(reader, 1)) {
            chosen = choices.choose(files, file -> {
                if (deciding.add(Thread.currentThread())) {
                    twoAtOnce.countDown();
                    try {
                        // each thread waits at its first file until the other has started: one thread alone never gets past
                        assertThat(twoAtOnce.await(20, TimeUnit.SECONDS)).as("a second thread decides beside the first").isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return file.name().equals("010.txt"); // as if read as one cable before: not opened
            });
            assertThat(choices.opened()).isEqualTo(files.size() - 1);
        }
        assertThat(deciding).hasSize(2);
        for (int i = 0; i < files.size(); i++) {
            if (i == 10) {
                assertThat(chosen[i]).isNull();
                continue;
            }
            ReaderChoice alone = reader.choose(files.get(i));
            assertThat(chosen[i]).as(files.get(i).name()).isEqualTo(alone);
        }
        assertThat(chosen[3].isSkipped()).isTrue();
        assertThat(chosen[5].isOneCable()).isFalse();
        assertThat(chosen[6].isOneCable()).isTrue();
    }
}
