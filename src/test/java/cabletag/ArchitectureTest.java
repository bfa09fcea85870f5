package cabletag;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.Serializable;

/**
 * The package rule of docs/ARCHITECTURE.md, checked on the shipped classes only (tests may reach
 * across layers to set things up). Packages that do not exist yet are allowed to be empty, so a rule
 * starts biting the moment its package gets its first class.
 */
@AnalyzeClasses(packages = "cabletag", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "cabletag.core..";
    private static final String FORMATS = "cabletag.formats..";
    private static final String WORKSPACE = "cabletag.workspace..";
    private static final String UI = "cabletag.ui..";
    private static final String CLI = "cabletag.cli..";
    private static final String[] GUI_TOOLKITS = {"javafx..", "org.fxmisc..", "org.controlsfx..", "java.awt..", "javax.swing.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Launcher").definedBy("cabletag")
            .layer("UI").definedBy(UI)
            .layer("CLI").definedBy(CLI)
            .layer("Workspace").definedBy(WORKSPACE)
            .layer("Formats").definedBy(FORMATS)
            .layer("Core").definedBy(CORE)
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Workspace").mayOnlyBeAccessedByLayers("UI", "CLI", "Launcher")
            .whereLayer("Formats").mayOnlyBeAccessedByLayers("Workspace", "UI", "CLI", "Launcher")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Formats", "Workspace", "UI", "CLI", "Launcher")
            .ensureAllClassesAreContainedInArchitecture()
            .because("dependencies point one way, core <- formats <- workspace <- ui | cli <- Main, and every "
                    + "class belongs to one of these packages so that no code escapes the rule");

    @ArchTest
    static final ArchRule coreIsFreeOfGuiToolkits = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(GUI_TOOLKITS)
            .because("the annotated-document model must load and be tested without a display");

    @ArchTest
    static final ArchRule formatsAreFreeOfGuiToolkits = noClasses().that().resideInAPackage(FORMATS)
            .should().dependOnClassesThat().resideInAnyPackage(GUI_TOOLKITS)
            .because("readers, writers and exporters run from the command line and in CI, where there is no display");

    @ArchTest
    static final ArchRule workspaceIsFreeOfGuiToolkits = noClasses().that().resideInAPackage(WORKSPACE)
            .should().dependOnClassesThat().resideInAnyPackage(GUI_TOOLKITS)
            .allowEmptyShould(true)
            .because("the CLI drives the same workspace as the UI; views observe it, it never knows them");

    @ArchTest
    static final ArchRule workspaceIsFreeOfPicocli = noClasses().that().resideInAPackage(WORKSPACE)
            .should().dependOnClassesThat().resideInAnyPackage("picocli..")
            .allowEmptyShould(true)
            .because("the workspace is the engine under both front ends; command-line parsing is the CLI's business");

    @ArchTest
    static final ArchRule coreDependsOnNoOtherLayer = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(FORMATS, WORKSPACE, UI, CLI, "cabletag")
            .because("the model is the bottom layer: everything may use it, it uses nothing of ours");

    @ArchTest
    static final ArchRule coreDoesNoIo = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat(resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..", "java.net..")
                    .and(not(belongToAnyOf(Serializable.class))))
            .because("the model is pure values over strings; files, paths and encodings are the formats' business, "
                    + "which keeps core deterministic and testable without a disk");

    @ArchTest
    static final ArchRule coreDoesNotPrint = noClasses().that().resideInAPackage(CORE)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("problems in the model travel as exceptions with a reason or as Diagnostics, never as console noise");

    @ArchTest
    static final ArchRule formatsDependOnlyOnCore = noClasses().that().resideInAPackage(FORMATS)
            .should().dependOnClassesThat().resideInAnyPackage(WORKSPACE, UI, CLI, "cabletag")
            .because("formats turn bytes into documents and back; sessions, views and commands build on them, not the reverse");

    @ArchTest
    static final ArchRule workspaceKnowsNoFrontEnd = noClasses().that().resideInAPackage(WORKSPACE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, "cabletag")
            .allowEmptyShould(true)
            .because("the workspace serves two front ends, the JavaFX views and the picocli commands, equally");

    @ArchTest
    static final ArchRule uiDoesNotUseCli = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(CLI)
            .allowEmptyShould(true)
            .because("the two front ends are siblings; only cabletag.Main chooses between them");

    @ArchTest
    static final ArchRule cliDoesNotUseUi = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(UI)
            .allowEmptyShould(true)
            .because("commands run headless in CI and scripts, so they must never load JavaFX views; "
                    + "only cabletag.Main chooses between the front ends");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("cabletag.(**)").should().beFreeOfCycles()
            .because("every package, a sub-package such as formats.dataset or formats.export included, must be "
                    + "understandable and testable from the packages below it alone; a cycle makes two packages one");

    @ArchTest
    static final ArchRule readersDoNotUseExporters = noClasses().that()
            .resideInAnyPackage("cabletag.formats", "cabletag.formats.reader..", "cabletag.formats.inline..",
                    "cabletag.formats.dataset..", "cabletag.formats.tokens..")
            .should().dependOnClassesThat().resideInAPackage("cabletag.formats.export..")
            .because("readers and exporters meet in what both need (tag schemes and token spans in formats.tokens); "
                    + "reading a corpus must not load the exporters");

    @ArchTest
    static final ArchRule viewModelsUseNoSceneGraph = noClasses().that().resideInAPackage(UI)
            .and().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..", "org.controlsfx..")
            .because("a view-model holds state and commands as observable properties (javafx.beans, javafx.collections) "
                    + "and is tested without a window; nodes, key events and styles belong to the views");

    @ArchTest
    static final ArchRule openNlpStaysInTheNameFinder = noClasses().that().resideOutsideOfPackage("cabletag.workspace.namefinder")
            .should().dependOnClassesThat().resideInAnyPackage("opennlp..")
            .because("the statistical name finder is one replaceable part: the rest of the program speaks in tokens and "
                    + "token names, and OpenNLP (with its logging) loads only when suggestions are asked for");
}
