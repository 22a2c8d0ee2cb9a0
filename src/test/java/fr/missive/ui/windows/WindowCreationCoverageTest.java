package fr.missive.ui.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.missive.ui.windows.WindowCatalogue.Entry;
import java.awt.Window;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.swing.JColorChooser;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No window escapes the {@link WindowCatalogue}: every class of {@code src/main} whose code
 * creates a window — a constructor of {@link Window} or one of its subclasses ({@code new
 * JDialog}, {@code new JFrame}, {@code new JWindow} …), or a Swing call that makes a dialog of
 * its own ({@code JOptionPane.createDialog}/{@code show…Dialog}, {@code JFileChooser.show…Dialog},
 * {@code JColorChooser}) — is named by some entry's {@code createdBy}.
 */
class WindowCreationCoverageTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.missive");
    }

    @Test
    void everyClassThatCreatesAWindowHasAnEntryInTheCatalogue() {
        Map<String, Set<String>> creators = windowCreators(main);
        Set<String> catalogued = WindowCatalogue.all().stream().map(Entry::createdBy).collect(Collectors.toSet());

        Map<String, Set<String>> missing = new TreeMap<>(creators);
        missing.keySet().removeAll(catalogued);
        assertThat(missing).as("classes that create windows the catalogue does not open (class -> what it calls)")
                .isEmpty();
    }

    @Test
    void everyEntryNamesAClassThatCreatesAWindow() {
        Set<String> creators = windowCreators(main).keySet();
        Set<String> unknown = WindowCatalogue.all().stream().map(Entry::createdBy)
                .filter(c -> !creators.contains(c)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unknown).as("createdBy naming no class that creates a window").isEmpty();
    }

    /** The check finds what it must: a lambda in a class nested in this test creates a window, and this test is named. */
    @Test
    void findsACreationSiteWhereThereIsOne() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedWindowMaker.class);
        assertThat(windowCreators(planted)).containsEntry(WindowCreationCoverageTest.class.getName(),
                new TreeSet<>(Set.of("new JDialog")));
    }

    /** Top-level class (nested classes and lambdas count as their outermost class) -> the calls that create windows. */
    static Map<String, Set<String>> windowCreators(JavaClasses classes) {
        Map<String, Set<String>> creators = new TreeMap<>();
        for (JavaClass type : classes) {
            for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                String what = windowCreation(access);
                if (what != null) {
                    creators.computeIfAbsent(outermost(type).getName(), k -> new TreeSet<>()).add(what);
                }
            }
        }
        return creators;
    }

    private static String windowCreation(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        String name = access.getName();
        if (name.equals("<init>") && owner.isAssignableTo(Window.class)) {
            return "new " + owner.getSimpleName();
        }
        boolean dialogMaker = owner.isAssignableTo(JOptionPane.class) && (name.startsWith("show") || name.equals("createDialog"))
                || owner.isAssignableTo(JFileChooser.class) && (name.startsWith("show") || name.equals("createDialog"))
                || owner.isAssignableTo(JColorChooser.class) && (name.equals("showDialog") || name.equals("createDialog"));
        return dialogMaker && name.contains("Dialog") ? owner.getSimpleName() + "." + name : null;
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** A class that creates a window, for {@link #findsACreationSiteWhereThereIsOne}. */
    static final class PlantedWindowMaker {
        Runnable maker() {
            return () -> new javax.swing.JDialog().dispose();
        }
    }
}
