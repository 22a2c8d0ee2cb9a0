package fr.missive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md: ui and cli over app, over store/mail/letters, over model. */
class ArchitectureTest {

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
                .layer("IO").definedBy("fr.missive.store..", "fr.missive.mail..", "fr.missive.render..")
                .layer("Model").definedBy("fr.missive.model..", "fr.missive.i18n..")
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Wiring", "UI", "CLI")
                .whereLayer("IO").mayOnlyBeAccessedByLayers("Wiring", "App")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiUsesSwingOrAwt() {
        noClasses().that().resideOutsideOfPackages("fr.missive.ui..", "fr.missive", "fr.missive.render..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..")
                .check(classes);
    }

    /**
     * The renderer scales logos and signatures to print resolution with java.awt.image, which needs no
     * display (PDFBox's own image API is built on it), and nothing else of AWT.
     */
    @Test
    void rendererUsesOnlyTheHeadlessImagePartsOfAwt() {
        noClasses().that().resideInAnyPackage("fr.missive.render..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
                .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are AWT classes other than java.awt.image and java.awt.geom",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("java.awt")
                                && !c.getPackageName().equals("java.awt.image")
                                && !c.getPackageName().equals("java.awt.geom")))
                .check(classes);
    }

    @Test
    void modelDoesNoIo() {
        noClasses().that().resideInAnyPackage("fr.missive.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..",
                        "java.net.http..", "javax.swing..", "java.awt..", "jakarta.mail..", "org.hsqldb..")
                .check(classes);
    }

    /** The mail package says what happened as keys (Diagnosis); the UI and CLI translate them. */
    @Test
    void mailSpeaksInKeysNotInSentences() {
        noClasses().that().resideInAnyPackage("fr.missive.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.missive.i18n..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksToTheDatabase() {
        noClasses().that().resideOutsideOfPackages("fr.missive.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.hsqldb..")
                .check(classes);
    }
}
