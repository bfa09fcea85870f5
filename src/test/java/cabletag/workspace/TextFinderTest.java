package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFinderTest {

    //          0         1         2         3         4
    //          01234567890123456789012345678901234567890123
    static final String T = "IRAN and Iran , Iranian officials from iran";
    //                       [  ]     [  ]   [     ]                 [  ]

    private final TextFinder finder = TextFinder.of(Docs.tagged("a.txt", "[LOC IRAN  ] and Iran , Iranian officials from iran"));

    @Test
    void caseSensitiveFindsOnlyTheExactSpelling() {
        assertThat(finder.findAll("Iran", false, false)).containsExactly(new TextMatch(9, 13), new TextMatch(16, 20));
    }

    @Test
    void ignoringCaseFindsEverySpelling() {
        assertThat(finder.findAll("iran", true, false)).containsExactly(
                new TextMatch(0, 4), new TextMatch(9, 13), new TextMatch(16, 20), new TextMatch(39, 43));
    }

    @Test
    void wholeTokensSkipMatchesInsideWords() {
        assertThat(finder.findAll("iran", true, true)).containsExactly(
                new TextMatch(0, 4), new TextMatch(9, 13), new TextMatch(39, 43));
    }

    @Test
    void nextAndPreviousWrapRound() {
        assertThat(finder.next("iran", 14, true, true)).contains(new TextMatch(39, 43));
        assertThat(finder.next("iran", 40, true, true)).contains(new TextMatch(0, 4));
        assertThat(finder.previous("iran", 39, true, true)).contains(new TextMatch(9, 13));
        assertThat(finder.previous("iran", 0, true, true)).contains(new TextMatch(39, 43));
        assertThat(finder.next("Tehran", 0, true, true)).isEmpty();
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(finder.findAll(" ", false, false)).isEmpty();
        assertThat(finder.findAll("", true, true)).isEmpty();
    }

    @Test
    void theWorkspaceFinderSeesTheCorrectedCableAndAMatchCanBeTagged(@TempDir Path store) {
        Workspace workspace = InMemoryCorpus.open(store, Docs.tagged("a.txt", "[LOC IRAN  ] and Iran , Iranian officials from iran"));
        TextMatch last = workspace.find(0, "iran", true, true).get(2);

        Selection tagged = workspace.add(0, last.start(), last.end(), cabletag.core.Label.LOC);

        assertThat(tagged.span()).isEqualTo(cabletag.core.Span.of(39, 43, "LOC"));
        assertThat(workspace.finder(0).document().spans()).contains(tagged.span());
    }
}
