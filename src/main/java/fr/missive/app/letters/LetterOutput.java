package fr.missive.app.letters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the PDFs of a batch go, one letter at a time, in the order of the contacts: a file per
 * contact, one combined file to print, or both. Called from one thread only. A file that
 * cannot be written is a {@link fr.missive.model.MissiveException} naming it.
 */
public interface LetterOutput extends AutoCloseable {

    void write(ComposedLetter letter, byte[] pdf);

    /** Called once every letter is written (not when the batch is cancelled). */
    void finish();

    /** The files written so far. */
    List<Path> files();

    @Override
    void close();

    /** Writes to each of the outputs in turn. */
    static LetterOutput all(List<LetterOutput> outputs) {
        return new LetterOutput() {
            @Override
            public void write(ComposedLetter letter, byte[] pdf) {
                outputs.forEach(o -> o.write(letter, pdf));
            }

            @Override
            public void finish() {
                outputs.forEach(LetterOutput::finish);
            }

            @Override
            public List<Path> files() {
                List<Path> files = new ArrayList<>();
                outputs.forEach(o -> files.addAll(o.files()));
                return files;
            }

            @Override
            public void close() {
                outputs.forEach(LetterOutput::close);
            }
        };
    }
}
