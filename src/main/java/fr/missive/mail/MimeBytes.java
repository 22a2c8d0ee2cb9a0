package fr.missive.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a message into one array of exactly its size. A growing buffer would double itself
 * past the estimate (base64 with its line breaks weighs 1.37 times the file, not 4/3) and then
 * be copied: for a 30 MB scan, three arrays of 40 to 80 MB at once. Encoding twice, once to
 * count, costs a fraction of a second and keeps one copy.
 */
final class MimeBytes {

    private MimeBytes() {
    }

    /** The message's bytes as {@link MimeMessage#writeTo} writes them; the message must be saved. */
    static byte[] of(MimeMessage message) throws IOException, MessagingException {
        Counter counter = new Counter();
        message.writeTo(counter);
        if (counter.count > Integer.MAX_VALUE - 8) {
            throw new IOException("message of " + counter.count + " bytes is too large to keep");
        }
        Filler filler = new Filler(new byte[(int) counter.count]);
        message.writeTo(filler);
        if (filler.position != filler.bytes.length) {
            throw new IOException("the message changed while written: " + filler.position + " bytes, not "
                    + filler.bytes.length);
        }
        return filler.bytes;
    }

    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static final class Filler extends OutputStream {
        final byte[] bytes;
        int position;

        Filler(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            room(1);
            bytes[position++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room(len);
            System.arraycopy(b, off, bytes, position, len);
            position += len;
        }

        private void room(int len) throws IOException {
            if (len > bytes.length - position) {
                throw new IOException("the message changed while written: more than " + bytes.length + " bytes");
            }
        }
    }
}
