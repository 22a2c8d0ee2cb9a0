package fr.missive.app.letters;

import fr.missive.render.PdfBinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every letter in one PDF, in the order of the contacts, to print as one job. The file appears
 * only when complete: it is written beside the target and moved into place.
 */
public final class CombinedOutput implements LetterOutput {

    private final Path file;
    private final PdfBinder binder;
    private final boolean duplex;
    private boolean saved;

    /**
     * @param duplex for printing on both sides: a blank page after each letter of an odd number
     *               of pages, so that every letter starts on a new sheet
     */
    public CombinedOutput(Path file, String title, String author, boolean duplex) {
        this.file = file;
        this.binder = new PdfBinder(title, author);
        this.duplex = duplex;
    }

    @Override
    public void write(ComposedLetter letter, byte[] pdf) {
        binder.append(pdf, duplex);
    }

    @Override
    public void finish() {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            WholeFile.write(file, binder::save);
            saved = true;
        } catch (IOException e) {
            throw FolderOutput.notWritten(file, e);
        }
    }

    @Override
    public List<Path> files() {
        return saved ? List.of(file) : List.of();
    }

    @Override
    public void close() {
        binder.close();
    }
}
