package fr.missive.app.contacts.importing;

import fr.missive.model.contacts.ContactKind;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import and how. The file is the inspected one: the import reads it again the way
 * the inspection found, and refuses it if it changed meanwhile.
 *
 * @param defaultKind the kind of contact when the file has no kind column or a cell of it is
 *                    empty or unknown
 * @param dryRun      read and check everything, report what would happen, save nothing
 * @param source      recorded with each consent ("import eleves.csv"); blank gives that default
 */
public record ImportRequest(CsvInspection inspection, ColumnMapping mapping, ContactKind defaultKind, boolean dryRun,
                            String source) {

    /** The longest source the database keeps. */
    static final int MAX_SOURCE = 300;

    public ImportRequest {
        Objects.requireNonNull(inspection, "inspection");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(defaultKind, "defaultKind");
        if (!mapping.headers().equals(inspection.headers())) {
            throw new IllegalArgumentException("the mapping was made for other headers: " + mapping.headers());
        }
        source = source == null || source.isBlank() ? defaultSource(inspection.file()) : source.strip();
        source = source.substring(0, Math.min(source.length(), MAX_SOURCE));
    }

    /** A real import, with the default source. */
    public ImportRequest(CsvInspection inspection, ColumnMapping mapping, ContactKind defaultKind) {
        this(inspection, mapping, defaultKind, false, null);
    }

    public Path file() {
        return inspection.file();
    }

    public ImportRequest withDryRun(boolean dry) {
        return new ImportRequest(inspection, mapping, defaultKind, dry, source);
    }

    /** "import eleves.csv": the word reads the same in French and English. */
    public static String defaultSource(Path file) {
        return "import " + file.getFileName();
    }
}
