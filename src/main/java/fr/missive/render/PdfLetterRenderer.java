package fr.missive.render;

import fr.missive.model.text.ControlCharacters;

import static fr.missive.render.LetterLayout.pt;

import fr.missive.render.ImageScaler.Scaled;
import fr.missive.render.LineBreaker.Line;
import fr.missive.render.LineBreaker.Piece;
import fr.missive.render.LineBreaker.Word;
import fr.missive.model.institution.Logo;
import fr.missive.model.letters.LetterContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays out a merged letter on A4 pages ({@link LetterLayout}) and writes it with PDFBox:
 * letterhead top left, place and date, the recipient in the envelope window, "Objet :", the
 * body (justified paragraphs, lists with hanging indent, headings kept with what follows, no
 * single line left alone at the foot or head of a page), the signature block kept together,
 * and "2/3" page numbers from the second page on.
 */
public final class PdfLetterRenderer implements LetterRenderer {

    private static final float LEADING = 1.32f;
    private static final float HEAD_SIZE = 9.5f;
    private static final float ADDRESS_SIZE = 11f;
    private static final float MIN_ADDRESS_SIZE = 7.5f;

    private static final float LEFT = pt(LetterLayout.MARGIN_LEFT_MM);
    private static final float WIDTH = pt(LetterLayout.PAGE_WIDTH_MM - LetterLayout.MARGIN_LEFT_MM
            - LetterLayout.MARGIN_RIGHT_MM);
    private static final float RIGHT = LEFT + WIDTH;
    private static final float PAGE_HEIGHT = pt(LetterLayout.PAGE_HEIGHT_MM);
    private static final float TOP = pt(LetterLayout.MARGIN_TOP_MM);
    private static final float BOTTOM = PAGE_HEIGHT - pt(LetterLayout.MARGIN_BOTTOM_MM);

    /** Something to draw, in points from the top-left corner of the page (y = baseline). */
    private sealed interface Op permits TextOp, ImageOp {
    }

    private record TextOp(float x, float y, String text, Style style, float size) implements Op {
    }

    private record ImageOp(PDImageXObject image, float x, float top, float width, float height) implements Op {
    }

    private final LetterImages images = new LetterImages(LetterImages.PRINT_DPI);
    /** Each scaled image encoded for PDF once; a Scaled is equal only to itself. */
    private final Map<Scaled, PdfImage> pdfImages = Collections.synchronizedMap(new WeakHashMap<>());

    /** The letter's images as XObjects of one document. */
    private interface ImageSource {
        PDImageXObject logo(PDDocument document, Logo logo) throws IOException;

        PDImageXObject signature(PDDocument document, byte[] image) throws IOException;
    }

    private final ImageSource imageSource = new ImageSource() {
        @Override
        public PDImageXObject logo(PDDocument document, Logo logo) throws IOException {
            return pdfImage(images.logo(logo), "letters.pdf.badLogo").in(document);
        }

        @Override
        public PDImageXObject signature(PDDocument document, byte[] image) throws IOException {
            return pdfImage(images.signature(image), "letters.pdf.badSignature").in(document);
        }
    };

    private PdfImage pdfImage(Scaled scaled, String problemKey) {
        return pdfImages.computeIfAbsent(scaled, s -> PdfImage.of(s, problemKey));
    }

    @Override
    public byte[] render(LetterContent letter) {
        return render(letter, null);
    }

    /**
     * Every letter of the batch embeds the same font subsets, made once from the characters of
     * all the letters ({@link BatchFontSubset}), rather than subsets of its own.
     */
    @Override
    public LetterRenderer forBatch(Iterable<LetterContent> letters) {
        BatchFontSubset subset = BatchFontSubset.of(letters);
        return letter -> render(letter, subset);
    }

    /**
     * Each letter embeds subsets of its own, with exactly the characters it prints in each face
     * (the size of a letter rendered alone), made by {@link ExactFontSubsets} rather than by
     * PDFBox's subset embedding, and shared by the letters that print the same characters.
     */
    @Override
    public LetterRenderer forAttachments() {
        ExactFontSubsets subsets = new ExactFontSubsets();
        return letter -> {
            UnprintableCharacters.check(letter);
            return pdfWith(letter, document -> LetterFonts.exact(document, subsets));
        };
    }

    private byte[] render(LetterContent letter, BatchFontSubset subset) {
        UnprintableCharacters.check(letter);
        if (subset == null) {
            return pdf(letter, null);
        }
        if (!subset.coversAll(UnprintableCharacters.printedTexts(letter))) {
            return pdf(letter, null);
        }
        try {
            return pdf(letter, subset);
        } catch (IllegalArgumentException noGlyph) {
            // PDFBox refuses a character outside the subsets, say one a Markdown entity produced
            return pdf(letter, null);
        }
    }

    private byte[] pdf(LetterContent letter, BatchFontSubset subset) {
        return pdfWith(letter, document -> new LetterFonts(document, subset));
    }

    private byte[] pdfWith(LetterContent letter, Function<PDDocument, LetterFonts> fontsOf) {
        try (PDDocument document = new PDDocument()) {
            LetterFonts fonts = fontsOf.apply(document);
            List<List<Op>> pages = new Layout(document, fonts, imageSource, letter).run();
            write(document, fonts, pages);
            metadata(document, letter);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // Without object streams: a letter's few dozen objects packed into one cost PDFBox
            // about a tenth of the rendering, to save some 2 KB of a 30 KB letter. Its streams
            // (text, fonts, images) stay compressed.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Composed characters (Vietnamese tones as one glyph), no soft hyphens, zero-width marks or control characters. */
    static String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            switch (c) {
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r' -> { }
                case '\t' -> out.append(' ');
                // Control characters print as nothing; Markdown would turn NUL into U+FFFD.
                default -> {
                    if (!ControlCharacters.isRemoved(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void metadata(PDDocument document, LetterContent letter) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(letter.subject().isEmpty() ? letter.institution().name() : letter.subject());
        info.setAuthor(letter.institution().name());
        info.setCreator("Missive");
        info.setProducer("Missive (Apache PDFBox)");
        Calendar now = Calendar.getInstance();
        info.setCreationDate(now);
        info.setModificationDate(now);
        document.getDocumentCatalog().setLanguage(letter.french() ? "fr-FR" : "en-GB");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static void write(PDDocument document, LetterFonts fonts, List<List<Op>> pages) throws IOException {
        int count = pages.size();
        List<List<Op>> numbered = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            List<Op> ops = new ArrayList<>(pages.get(index));
            if (index > 0) {
                String number = (index + 1) + "/" + count;
                float size = 9f;
                ops.add(new TextOp(RIGHT - fonts.width(number, Style.REGULAR, size),
                        PAGE_HEIGHT - pt(12f), number, Style.REGULAR, size));
            }
            numbered.add(ops);
        }
        fonts.embedExactly(printedByFace(numbered));
        for (List<Op> ops : numbered) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                draw(content, fonts, ops);
            }
        }
    }

    /** Every character drawn in each face, as {@link #draw} shows it. */
    private static Map<Style, BitSet> printedByFace(List<List<Op>> pages) {
        Map<Style, BitSet> printed = new EnumMap<>(Style.class);
        for (List<Op> ops : pages) {
            for (Op op : ops) {
                if (op instanceof TextOp text) {
                    LetterFonts.printable(text.text()).codePoints()
                            .forEach(printed.computeIfAbsent(text.style(), style -> new BitSet())::set);
                }
            }
        }
        return printed;
    }

    /**
     * Images first, then all the text of the page in one text object, the font selected only
     * when it changes.
     */
    private static void draw(PDPageContentStream content, LetterFonts fonts, List<Op> ops) throws IOException {
        for (Op op : ops) {
            if (op instanceof ImageOp image) {
                content.drawImage(image.image(), image.x(), PAGE_HEIGHT - image.top() - image.height(),
                        image.width(), image.height());
            }
        }
        content.beginText();
        Style currentStyle = null;
        float currentSize = 0;
        for (Op op : ops) {
            if (op instanceof TextOp text) {
                if (text.style() != currentStyle || text.size() != currentSize) {
                    content.setFont(fonts.font(text.style()), text.size());
                    currentStyle = text.style();
                    currentSize = text.size();
                }
                content.setTextMatrix(Matrix.getTranslateInstance(text.x(), PAGE_HEIGHT - text.y()));
                content.showText(LetterFonts.printable(text.text()));
            }
        }
        content.endText();
    }

    /** One layout run: places everything, page by page. */
    private static final class Layout {
        private final PDDocument document;
        private final LetterFonts fonts;
        private final ImageSource images;
        private final LetterContent letter;
        private final LineBreaker breaker;
        private final List<List<Op>> pages = new ArrayList<>();
        private List<Op> page;
        /** Distance of the next line's top from the top of the page. */
        private float cursor;

        Layout(PDDocument document, LetterFonts fonts, ImageSource images, LetterContent letter) {
            this.document = document;
            this.fonts = fonts;
            this.images = images;
            this.letter = letter;
            this.breaker = new LineBreaker(fonts);
        }

        List<List<Op>> run() throws IOException {
            newPage();
            letterhead();
            recipient();
            placeAndDate();
            subject();
            body();
            signature();
            return pages;
        }

        private void newPage() {
            page = new ArrayList<>();
            pages.add(page);
            cursor = TOP;
        }

        private void text(float x, float baseline, String text, Style style, float size) {
            if (!text.isEmpty()) {
                page.add(new TextOp(x, baseline, text, style, size));
            }
        }

        private void letterhead() throws IOException {
            float y = TOP - pt(5f);
            var logo = letter.logoIfAny();
            if (logo.isPresent()) {
                PDImageXObject image = images.logo(document, logo.get());
                float[] size = fit(image, pt(LetterImages.LOGO_WIDTH_MM), pt(LetterImages.LOGO_HEIGHT_MM));
                page.add(new ImageOp(image, LEFT, y, size[0], size[1]));
                y += size[1] + pt(3f);
            }
            var institution = letter.institution();
            float nameSize = 12.5f;
            y += nameSize;
            text(LEFT, y, clean(institution.name()), Style.BOLD, nameSize);
            y += pt(1f);
            for (String line : LetterParts.letterheadDetails(letter)) {
                y += HEAD_SIZE * LEADING;
                text(LEFT, y, line, Style.REGULAR, HEAD_SIZE);
            }
        }

        private void recipient() throws IOException {
            float x = pt(LetterLayout.WINDOW_LEFT_MM + LetterLayout.WINDOW_INSET_MM);
            float available = Math.min(RIGHT, pt(LetterLayout.WINDOW_LEFT_MM + LetterLayout.WINDOW_WIDTH_MM
                    - LetterLayout.WINDOW_INSET_MM / 2)) - x;
            List<String> lines = letter.recipientLines().stream().map(PdfLetterRenderer::clean).toList();
            float size = ADDRESS_SIZE;
            for (String line : lines) {
                float width = fonts.width(line, Style.REGULAR, ADDRESS_SIZE);
                if (width > available) {
                    size = Math.min(size, ADDRESS_SIZE * available / width);
                }
            }
            size = Math.max(size, MIN_ADDRESS_SIZE);
            float y = pt(LetterLayout.WINDOW_TOP_MM + 9f);
            for (int i = 0; i < lines.size(); i++) {
                text(x, y, lines.get(i), i == 0 ? Style.BOLD : Style.REGULAR, size);
                y += size * 1.2f;
            }
        }

        private void placeAndDate() throws IOException {
            String text = clean(letter.placeAndDate());
            float size = MarkdownBlocks.BODY_SIZE;
            cursor = pt(LetterLayout.FIRST_FOLD_MM + 3f);
            text(RIGHT - fonts.width(text, Style.REGULAR, size), cursor + size, text, Style.REGULAR, size);
            cursor += size * LEADING + pt(6f);
        }

        private void subject() throws IOException {
            if (letter.subject().isEmpty()) {
                return;
            }
            String label = LetterParts.subjectLabel(letter);
            List<Span> spans = List.of(new Span(label, Style.BOLD), new Span(clean(letter.subject()), Style.BOLD));
            place(TextBlock.line(spans, MarkdownBlocks.BODY_SIZE));
            cursor += pt(5f);
        }

        private void body() throws IOException {
            boolean first = true;
            List<TextBlock> blocks = MarkdownBlocks.parse(clean(letter.body()));
            for (int i = 0; i < blocks.size(); i++) {
                TextBlock block = blocks.get(i);
                if (!first && cursor > TOP) {
                    cursor += pt(block.spaceBeforeMm());
                }
                first = false;
                if (block.heading()) {
                    float need = block.sizePt() * LEADING + 2 * MarkdownBlocks.BODY_SIZE * LEADING + pt(2f);
                    if (cursor + need > BOTTOM) {
                        newPage();
                    }
                }
                place(block);
                if (block.heading()) {
                    cursor += pt(1f);
                }
            }
        }

        /** Places a block's lines, avoiding a lone first line at a page's foot or last line at its head. */
        private void place(TextBlock block) throws IOException {
            float indent = pt(block.indentMm());
            float width = WIDTH - indent;
            float size = block.sizePt();
            float lineHeight = size * LEADING;
            List<Line> lines = breaker.lines(block.spans(), size, width, block.justified());
            int index = 0;
            boolean labelled = false;
            while (index < lines.size()) {
                // Never negative: a cursor already past the foot (after a paragraph's space) fits nothing, it
                // does not step back into the lines already drawn.
                int fit = Math.max(0, (int) Math.floor((BOTTOM - cursor) / lineHeight));
                int remaining = lines.size() - index;
                int count = Math.min(fit, remaining);
                if (count < remaining) {
                    if (index == 0 && count == 1) {
                        count = 0; // orphan: do not leave the first line alone
                    } else if (remaining - count == 1 && count >= 2) {
                        count--; // widow: take one more line to the next page
                    }
                }
                for (int i = 0; i < count; i++) {
                    float baseline = cursor + size;
                    if (!labelled && block.label() != null) {
                        String label = block.label();
                        float labelWidth = fonts.width(label, Style.REGULAR, size);
                        text(LEFT + indent - pt(2.5f) - labelWidth, baseline, label, Style.REGULAR, size);
                    }
                    labelled = true;
                    drawLine(lines.get(index + i), LEFT + indent, baseline, width, size);
                    cursor += lineHeight;
                }
                index += count;
                if (index < lines.size()) {
                    newPage();
                }
            }
        }

        private void drawLine(Line line, float x, float baseline, float width, float size) throws IOException {
            float space = breaker.spaceWidth(size);
            int gaps = line.words().size() - 1;
            if (line.justified() && gaps > 0) {
                space += (width - line.naturalWidth()) / gaps;
            }
            float at = x;
            for (Word word : line.words()) {
                float pieceX = at;
                for (Piece piece : word.pieces()) {
                    text(pieceX, baseline, piece.text(), piece.style(), size);
                    pieceX += piece.width();
                }
                at += word.width() + space;
            }
        }

        /** Function, signature image (or room to sign), name; moved whole to a new page if needed. */
        private void signature() throws IOException {
            if (letter.signatureName().isEmpty() && letter.signatureFunction().isEmpty()) {
                return;
            }
            float size = MarkdownBlocks.BODY_SIZE;
            float lineHeight = size * LEADING;
            PDImageXObject image = null;
            float[] imageSize = {0, pt(14f)};
            byte[] bytes = letter.signatureImage();
            if (bytes != null) {
                image = images.signature(document, bytes);
                imageSize = fit(image, pt(LetterImages.SIGNATURE_WIDTH_MM), pt(LetterImages.SIGNATURE_HEIGHT_MM));
            }
            float height = pt(10f) + 2 * lineHeight + imageSize[1] + pt(2f);
            if (cursor + height > BOTTOM) {
                newPage();
            } else {
                cursor += pt(10f);
            }
            float x = LEFT + WIDTH * 0.55f;
            String function = clean(letter.signatureFunction());
            String name = clean(letter.signatureName());
            if (!function.isEmpty()) {
                text(x, cursor + size, function, Style.REGULAR, size);
                cursor += lineHeight;
            }
            cursor += pt(1f);
            if (image != null) {
                page.add(new ImageOp(image, x, cursor, imageSize[0], imageSize[1]));
            }
            cursor += imageSize[1] + pt(1f);
            text(x, cursor + size, name, Style.BOLD, size);
            cursor += lineHeight;
        }

        private static float[] fit(PDImageXObject image, float maxWidth, float maxHeight) {
            float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
            return new float[] {image.getWidth() * scale, image.getHeight() * scale};
        }
    }
}
