package fr.missive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: ui and cli over app, over store/mail/render, over model. */
class ArchitectureTest {

    /** The package that lays out letters as PDF: the one place below the UI allowed some AWT. */
    private static final String PDF_PACKAGE = "fr.missive.render..";

    /** The layers named by their package; every other package under fr.missive does I/O. */
    private static final List<String> NAMED_LAYERS = List.of("ui", "cli", "app", "model", "i18n");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.missive");
    }

    @Test
    void layersOnlyPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Wiring").definedBy("fr.missive")
                .layer("UI").definedBy("fr.missive.ui..")
                .layer("CLI").definedBy("fr.missive.cli..")
                .layer("App").definedBy("fr.missive.app..")
                .layer("IO").definedBy(ioPackages())
                .layer("Model").definedBy("fr.missive.model..", "fr.missive.i18n..")
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Wiring", "UI", "CLI")
                .whereLayer("IO").mayOnlyBeAccessedByLayers("Wiring", "App")
                .because("a window or a command reaches files, mail and the database only through a use case,"
                        + " so that both share every rule, and the model stays free of both")
                .check(classes);
    }

    /** store, mail, the PDF renderer, and any I/O package added beside them, whatever its name. */
    private static DescribedPredicate<JavaClass> ioPackages() {
        return DescribedPredicate.describe("are in an I/O package (fr.missive.* but " + NAMED_LAYERS + ")",
                c -> {
                    String name = c.getPackageName();
                    if (!name.startsWith("fr.missive.")) {
                        return false;
                    }
                    String top = name.substring("fr.missive.".length()).split("\\.", -1)[0];
                    return !NAMED_LAYERS.contains(top);
                });
    }

    /**
     * Within each layer, packages are cut by feature (app.contacts, ui.compose, store.outbox …): no
     * two of them may need each other, or neither could be understood, tested or changed alone.
     * Classes directly in a layer's package (Services, UserMessage …) are the layer's shared kernel.
     */
    @Test
    void featurePackagesDoNotDependOnEachOtherInACycle() {
        slices().matching("fr.missive.(*).(*)..").should().beFreeOfCycles()
                .because("a feature package that needs another which needs it back cannot be understood,"
                        + " tested or moved alone")
                .check(classes);
    }

    /** The layered rule above lets packages of one layer (store, mail, the PDF renderer) use each other. */
    @Test
    void topLevelPackagesDoNotDependOnEachOtherInACycle() {
        slices().matching("fr.missive.(*)..").should().beFreeOfCycles()
                .because("the I/O packages of one layer may use each other only one way, as layers do")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiUsesSwingOrAwt() {
        noClasses().that().resideOutsideOfPackages("fr.missive.ui..", "fr.missive", PDF_PACKAGE)
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .because("use cases run headless, from the command line and on a server without a display")
                .check(classes);
    }

    /**
     * The renderer scales logos and signatures to print resolution with java.awt.image, which needs no
     * display (PDFBox's own image API is built on it), and nothing else of AWT.
     */
    @Test
    void rendererUsesOnlyTheHeadlessImagePartsOfAwt() {
        noClasses().that().resideInAnyPackage(PDF_PACKAGE)
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
                .orShould().dependOnClassesThat(DescribedPredicate.describe(
                        "are AWT classes other than java.awt.image and java.awt.geom",
                        (JavaClass c) -> c.getPackageName().startsWith("java.awt")
                                && !c.getPackageName().equals("java.awt.image")
                                && !c.getPackageName().equals("java.awt.geom")))
                .because("letters are rendered by the command line too, where no display exists")
                .check(classes);
    }

    @Test
    void modelDoesNoIo() {
        noClasses().that().resideInAnyPackage("fr.missive.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..",
                        "java.net.http..", "javax.swing..", "java.awt..", "jakarta.mail..", "org.hsqldb..")
                .because("records and value types are built and checked in memory by every layer and every"
                        + " test, without files, servers or a display")
                .check(classes);
    }

    /** The mail package says what happened as keys (Diagnosis); the UI and CLI translate them. */
    @Test
    void mailSpeaksInKeysNotInSentences() {
        noClasses().that().resideInAnyPackage("fr.missive.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.missive.i18n..")
                .because("a diagnosis is said in the language of whoever reads it: the window's user or the"
                        + " command line's, chosen above the mail package")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksToTheDatabase() {
        noClasses().that().resideOutsideOfPackages("fr.missive.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.hsqldb..")
                .because("SQL stays in one layer, portable to PostgreSQL, behind interfaces the tests can fake")
                .check(classes);
    }
}
