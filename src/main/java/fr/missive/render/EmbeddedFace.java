package fr.missive.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A whole (small) TrueType font embedded once by PDFBox as a Type 0 font, kept as its
 * dictionaries plus the compressed bytes of its streams, and copied into any number of
 * documents, on any thread: the copy's streams take the compressed bytes as they are, so
 * nothing is compressed again.
 */
final class EmbeddedFace {

    /** The Type 0 font's dictionary as PDFBox made it; only read, never put in a document. */
    private final COSDictionary font;
    /** The encoded bytes of each stream of {@link #font}, read once. */
    private final Map<COSStream, byte[]> encoded;

    private EmbeddedFace(COSDictionary font, Map<COSStream, byte[]> encoded) {
        this.font = font;
        this.encoded = encoded;
    }

    static EmbeddedFace of(TrueTypeFont ttf) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            COSDictionary font = PDType0Font.load(scratch, ttf, false).getCOSObject();
            Map<COSStream, byte[]> encoded = new IdentityHashMap<>();
            collectStreams(font, encoded);
            return new EmbeddedFace(font, encoded);
        }
    }

    private static void collectStreams(COSBase base, Map<COSStream, byte[]> encoded) throws IOException {
        COSBase value = base instanceof COSObject object ? object.getObject() : base;
        if (value instanceof COSStream stream) {
            try (InputStream in = stream.createRawInputStream()) {
                encoded.put(stream, in.readAllBytes());
            }
        }
        if (value instanceof COSDictionary dictionary) {
            for (COSBase item : dictionary.getValues()) {
                collectStreams(item, encoded);
            }
        } else if (value instanceof COSArray array) {
            for (COSBase item : array) {
                collectStreams(item, encoded);
            }
        }
    }

    PDType0Font copyInto(PDDocument document) throws IOException {
        COSDictionary copy = (COSDictionary) copy(font, document);
        // PDFBox reads a font's ToUnicode map when it makes the font, for text extraction only (a
        // letter's text is encoded through the subset's own cmap): put back once the font is
        // made, it goes into the file unread, sparing a tenth of a letter's rendering.
        COSBase toUnicode = copy.getItem(COSName.TO_UNICODE);
        copy.removeItem(COSName.TO_UNICODE);
        PDType0Font made = new PDType0Font(copy);
        if (toUnicode != null) {
            copy.setItem(COSName.TO_UNICODE, toUnicode);
        }
        return made;
    }

    /** A deep copy: names and numbers are immutable and shared, dictionaries, arrays and streams copied. */
    private COSBase copy(COSBase base, PDDocument document) throws IOException {
        COSBase value = base instanceof COSObject object ? object.getObject() : base;
        if (value instanceof COSStream stream) {
            COSStream copy = document.getDocument().createCOSStream();
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!COSName.LENGTH.equals(entry.getKey())) {
                    copy.setItem(entry.getKey(), copy(entry.getValue(), document));
                }
            }
            try (OutputStream out = copy.createRawOutputStream()) {
                out.write(encoded.get(stream));
            }
            return copy;
        }
        if (value instanceof COSDictionary dictionary) {
            COSDictionary copy = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                copy.setItem(entry.getKey(), copy(entry.getValue(), document));
            }
            return copy;
        }
        if (value instanceof COSArray array) {
            COSArray copy = new COSArray();
            for (COSBase item : array) {
                copy.add(copy(item, document));
            }
            return copy;
        }
        return value;
    }
}
