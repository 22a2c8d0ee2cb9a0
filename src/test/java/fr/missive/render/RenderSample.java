package fr.missive.render;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample convocation to a file, to look at it: not a test. */
final class RenderSample {
    private RenderSample() {
    }

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(args[0]), new PdfLetterRenderer().render(SampleLetters.convocation()));
    }
}
