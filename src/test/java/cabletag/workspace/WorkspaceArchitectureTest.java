package cabletag.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The workspace is the engine under the UI and the CLI: it must not know about either, nor JavaFX. */
class WorkspaceArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cabletag.workspace");

    @Test
    void theWorkspaceIsFreeOfJavaFxUiAndCli() {
        noClasses().that().resideInAPackage("cabletag.workspace..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                        "cabletag.ui..", "cabletag.cli..", "picocli..")
                .check(classes);
    }
}
