package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A correction made in the window on a cable opened through a symbolic link with another name is stored under the
 * key its target opened directly finds, and the other way round: the link's name gave the document another id
 * ({@code alias} for {@code c3/a.txt}), and the two routes kept two store files, each blind to the other's.
 */
class WindowEditsThroughALinkTest {

    private static final Span RUBAIE_PER = Span.of(0, 6, "PER");
    private static final Span RUBAIE_ORG = Span.of(0, 6, "ORG");

    @TempDir
    Path temp;
    private Path cable;
    private Path alias;
    private StoreLocation store;

    @BeforeEach
    void writeTheCableAndItsLink() throws IOException {
        Path c3 = Files.createDirectories(temp.resolve("c3"));
        cable = Files.writeString(c3.resolve("a.txt"), "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        alias = Files.createSymbolicLink(temp.resolve("alias.txt"), cable);
        store = new StoreLocation(temp.resolve("home"));
    }

    private List<Path> storeFiles() throws IOException {
        try (Stream<Path> files = Files.list(store.root().resolve("store/cables"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        }
    }

    private List<Span> spansInTheWindow(Path input) throws IOException {
        try (Workspace workspace = Workspace.open(List.of(input), store, null)) {
            assertThat(workspace.size()).isEqualTo(1);
            return workspace.document(0).spans().stream().toList();
        }
    }

    @Test
    void anEditThroughTheLinkIsFoundOnTheTargetOpenedDirectly() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(alias), store, null)) {
            workspace.relabel(0, RUBAIE_PER, Label.ORG);
            assertThat(workspace.cableKey(0)).isEqualTo(cable.toRealPath() + "#a");
        }
        assertThat(spansInTheWindow(cable)).contains(RUBAIE_ORG).doesNotContain(RUBAIE_PER);
        assertThat(spansInTheWindow(cable.getParent())).contains(RUBAIE_ORG);
        // a folder holding only a link, and a link to the link
        Path links = Files.createDirectories(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("x.txt"), alias);
        assertThat(spansInTheWindow(links)).contains(RUBAIE_ORG);
        assertThat(storeFiles()).singleElement().asString().contains("a_txt.");
    }

    @Test
    void anEditOnTheTargetIsFoundThroughTheLinkAndAnotherEditThroughItReplacesIt() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(cable), store, null)) {
            workspace.relabel(0, RUBAIE_PER, Label.ORG);
        }
        try (Workspace workspace = Workspace.open(List.of(alias), store, null)) {
            assertThat(workspace.document(0).spans()).contains(RUBAIE_ORG);
            workspace.setStatus(0, ReviewStatus.REVIEWED);
        }
        try (Workspace workspace = Workspace.open(List.of(cable), store, null)) {
            assertThat(workspace.status(0)).isEqualTo(ReviewStatus.REVIEWED);
            assertThat(workspace.document(0).spans()).contains(RUBAIE_ORG);
        }
        assertThat(storeFiles()).hasSize(1);
    }

    @Test
    void correctionsAnEarlierVersionStoredUnderTheLinksNameArePutBackAndMovedUnderTheFilesOwn() throws IOException {
        // what a cabletag that keyed the cable by the link's name wrote for the relabel made through the link
        Document read = CorpusReader.standard().read(new CorpusFile(alias, "alias.txt")).documents().get(0);
        CorrectionStore before = CorrectionStore.openFolder(store.root().resolve("store"));
        before.write(new StoredCorrection(CableKey.canonical(cable), "alias.txt", "alias", Reapplier.sourceHash(read),
                ReviewStatus.IN_PROGRESS, List.of(new StoredSpan(RUBAIE_PER, "Rubaie")), List.of(new StoredSpan(RUBAIE_ORG, "Rubaie"))));

        try (Workspace workspace = Workspace.open(List.of(alias), store, null)) {
            assertThat(workspace.document(0).spans()).contains(RUBAIE_ORG);
            assertThat(workspace.notes()).singleElement().asString().startsWith(alias + ": note: the corrections stored under the id alias,");
            workspace.save();
        }
        assertThat(storeFiles()).singleElement().asString().contains("a_txt.");
        assertThat(spansInTheWindow(cable)).contains(RUBAIE_ORG);
        try (Workspace workspace = Workspace.open(List.of(alias), store, null)) {
            assertThat(workspace.document(0).spans()).contains(RUBAIE_ORG);
            assertThat(workspace.notes()).isEmpty();
        }
    }

    @Test
    void aJsonLinesDatasetThroughALinkKeepsEachDocumentsCorrections() throws IOException {
        // line 1 gives no id (d-1 as d.jsonl, x-1 through x.jsonl); line 2 gives the id d-1, which the first then yields
        // to as d.jsonl only; line 3 gives x-3, which is no name made through the link
        Path dataset = Files.writeString(cable.resolveSibling("d.jsonl"), String.join("\n",
                "{\"text\":\"Ali went home\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}",
                "{\"id\":\"d-1\",\"text\":\"Omar went home\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"PER\"}]}",
                "{\"id\":\"x-3\",\"text\":\"Zaid went home\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"PER\"}]}") + "\n");
        Path link = Files.createSymbolicLink(temp.resolve("x.jsonl"), dataset);
        try (Workspace workspace = Workspace.open(List.of(link), store, null)) {
            assertThat(workspace.size()).isEqualTo(3);
            workspace.relabel(0, Span.of(0, 3, "PER"), Label.ORG);
            workspace.relabel(1, Span.of(0, 4, "PER"), Label.LOC);
            workspace.relabel(2, Span.of(0, 4, "PER"), Label.MISC);
        }
        try (Workspace workspace = Workspace.open(List.of(dataset), store, null)) {
            assertThat(List.of(workspace.document(0).id(), workspace.document(1).id(), workspace.document(2).id()))
                    .containsExactly("d-1-2", "d-1", "x-3");
            assertThat(workspace.document(0).spans()).containsExactly(Span.of(0, 3, "ORG"));
            assertThat(workspace.document(1).spans()).containsExactly(Span.of(0, 4, "LOC"));
            assertThat(workspace.document(2).spans()).containsExactly(Span.of(0, 4, "MISC"));
        }
        assertThat(storeFiles()).hasSize(3);
    }
}
