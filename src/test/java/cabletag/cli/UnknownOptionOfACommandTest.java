package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An option a command does not know is named in its bad-use line, with its near miss, also when a required
 * option is missing as well: {@code --frmat jsonl} is why {@code --format} is missing, and a line that named
 * only the missing option would send the user looking for the wrong mistake.
 */
class UnknownOptionOfACommandTest extends WithTemporaryStore {

    private Path corpus;

    @BeforeEach
    void aCorpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "A [PER Ann  ] .\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "export --frmat jsonl -o OUT | export: Unknown option: '--frmat' (did you mean '--format'?); missing required option '--format=FORMAT' (see cabletag export --help)",
            "export -F jsonl -o OUT | export: Unknown option: '-F' (did you mean '-f'?); missing required option '--format=FORMAT' (see cabletag export --help)",
            "export -o OUT --bogus | export: Unknown option: '--bogus'; missing required option '--format=FORMAT' (see cabletag export --help)",
            "export --otput OUT -f jsonl | export: Unknown option: '--otput' (did you mean '--output'?); missing required option '--output=PATH' (see cabletag export --help)",
            "export -f jsonl -o OUT --lables PER | export: Unknown option: '--lables' (did you mean '--labels'?) (see cabletag export --help)",
            "export -f jsonl -o OUT --bogus | export: Unknown option: '--bogus' (see cabletag export --help)",
            "export -f jsonl | export: Missing required option: '--output=PATH' (see cabletag export --help)",
            "stats --jsn | stats: Unknown option: '--jsn' (did you mean '--json'?); missing required parameter 'INPUT' (see cabletag stats --help)"})
    void theUnknownOptionIsNamedFirstWithItsNearMiss(String args, String line) {
        String out = dir.resolve("out.jsonl").toString();
        java.util.List<String> arguments = new java.util.ArrayList<>();
        for (String arg : args.split(" ")) {
            arguments.add(arg.equals("OUT") ? out : arg);
        }
        if (!args.startsWith("stats")) {
            arguments.add(corpus.toString());
        }
        CliTest.Result result = CliTest.run(arguments.toArray(String[]::new));
        result.assertBadUse("");
        assertThat(result.err().strip()).isEqualTo(line);
        assertThat(Files.exists(dir.resolve("out.jsonl"))).isFalse();
    }
}
