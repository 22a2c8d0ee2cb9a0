package fr.missive.app.letters;

/**
 * An output that turns each letter into what it keeps (an e-mail ready to queue, say) on the
 * thread that rendered it, so that this work runs on every core too, and takes what was made
 * on the batch's calling thread, in the order of the contacts.
 *
 * @param <T> what is made of each letter
 */
public interface PreparingOutput<T> extends LetterOutput {

    /**
     * On a rendering thread, at once after the letter is rendered; several at a time.
     *
     * @throws fr.missive.model.MissiveException when this letter cannot go: reported as its failure
     */
    T prepare(ComposedLetter letter, byte[] pdf);

    /** On the batch's calling thread, in the order of the contacts. */
    void writePrepared(ComposedLetter letter, T prepared);

    @Override
    default void write(ComposedLetter letter, byte[] pdf) {
        writePrepared(letter, prepare(letter, pdf));
    }

    /** A plain output: what it keeps of a letter is its PDF. */
    static PreparingOutput<byte[]> of(LetterOutput output) {
        if (output instanceof PreparingOutput<?>) {
            throw new IllegalArgumentException("already a preparing output");
        }
        return new PreparingOutput<>() {
            @Override
            public byte[] prepare(ComposedLetter letter, byte[] pdf) {
                return pdf;
            }

            @Override
            public void writePrepared(ComposedLetter letter, byte[] pdf) {
                output.write(letter, pdf);
            }

            @Override
            public void finish() {
                output.finish();
            }

            @Override
            public java.util.List<java.nio.file.Path> files() {
                return output.files();
            }

            @Override
            public void close() {
                output.close();
            }
        };
    }
}
