package fr.missive.app.letters;

import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One PDF per contact in a folder, named from the contact (see {@link PdfFileNames}); existing files are replaced. */
public final class FolderOutput implements LetterOutput {

    private final Path folder;
    private final PdfFileNames names = new PdfFileNames();
    private final List<Path> files = new ArrayList<>();

    public FolderOutput(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw notWritten(folder, e);
        }
    }

    @Override
    public void write(ComposedLetter letter, byte[] pdf) {
        Path file = folder.resolve(names.next(letter.recipient()));
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            throw notWritten(file, e);
        }
        files.add(file);
    }

    static MissiveException notWritten(Path file, IOException e) {
        return new MissiveException(UserMessage.of("letters.output.notWritten", file.toString(),
                String.valueOf(e.getMessage())), e);
    }

    @Override
    public void finish() {
        // every file is complete as soon as it is written
    }

    @Override
    public List<Path> files() {
        return List.copyOf(files);
    }

    @Override
    public void close() {
        // nothing held open
    }
}
