package fr.missive.ui.letters;

import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.letters.LetterPreview;
import fr.missive.app.letters.LetterSender;
import fr.missive.app.letters.Preflight;
import fr.missive.i18n.Messages;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.FieldNames;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Vector;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.AbstractAction;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The letter as it will print, for a contact chosen above it: the real PDF drawn page by page,
 * redrawn in the background a moment after the user stops typing, with what a sending would
 * still need said under it (sample values, missing address, unknown fields).
 *
 * <p>What it shows is readable by screen readers (the page image is named "Preview" and
 * described by its page and contact, in the user's language) and by tests: its
 * {@link #STATE_PROPERTY} client property is "pages=N;page=P;contact=NAME", and its
 * {@link #PDF_PROPERTY} one holds the PDF drawn.
 */
final class PreviewPane {

    /** Client property of the page image holding the PDF bytes it shows. */
    static final String PDF_PROPERTY = "missive.previewPdf";
    /** Client property the tests read: "pages=N;page=P;contact=NAME". */
    static final String STATE_PROPERTY = "missive.previewState";
    private static final int DEBOUNCE_MILLIS = 350;
    private static final float DPI = 110f;
    /** A 20-page mistake still previews quickly: later pages are counted, not drawn. */
    private static final int MAX_DRAWN_PAGES = 12;
    /** Where the warnings wrap, in screen pixels (see {@link Swing#cssPixels}). */
    private static final int WRAP_PIXELS = 330;

    /** What the background gives back: the PDF, its pages as images, and the preflight. */
    private record Rendered(Contact contact, byte[] pdf, List<BufferedImage> pages, int pageCount,
                            LetterPreview.Result result) {

        /** A drawn page's size in points (1/72 inch), from its image; an A4 sheet for one not drawn. */
        double[] points(int index) {
            BufferedImage image = index < pages.size() ? pages.get(index) : pages.isEmpty() ? null : pages.get(0);
            return image == null ? new double[] {595, 842}
                    : new double[] {image.getWidth() * 72.0 / DPI, image.getHeight() * 72.0 / DPI};
        }
    }

    private record Request(LetterTemplate template, Contact contact, LetterSender sender, Locale language) {
    }

    private final UiContext context;
    private final LetterUseCases letterUseCases;
    private final Supplier<LetterTemplate> template;
    private final JPanel panel = new JPanel();
    private final JComboBox<Choice<Contact>> contact = new JComboBox<>();
    private final PageView page = new PageView();
    private final JButton previous;
    private final JButton next;
    private final JButton print;
    private final JLabel pageLabel = new JLabel(" ");
    private final PreviewZoom zoom = new PreviewZoom();
    private final JLabel zoomLabel = new JLabel(" ");
    private JButton zoomIn;
    private JButton zoomOut;
    private final JLabel warnings = new JLabel();
    private final Timer debounce;
    private final LatestOnly<Request, Rendered> renderer;
    private Rendered shown;
    private int pageIndex;

    PreviewPane(UiContext context, LetterUseCases letterUseCases, Supplier<LetterTemplate> template) {
        this.context = context;
        this.letterUseCases = letterUseCases;
        this.template = template;
        previous = Swing.button("preview.previous", "\u25C0", () -> showPage(pageIndex - 1));
        next = Swing.button("preview.next", "\u25B6", () -> showPage(pageIndex + 1));
        print = Swing.button("preview.print", context.text("ui.letters.preview.print"), this::print);
        previous.setToolTipText(context.text("ui.letters.preview.previous"));
        next.setToolTipText(context.text("ui.letters.preview.next"));
        ReadAloud.named(previous, context.text("ui.letters.preview.previous"));
        ReadAloud.named(next, context.text("ui.letters.preview.next"));
        debounce = new Timer(DEBOUNCE_MILLIS, e -> refreshNow());
        debounce.setRepeats(false);
        LetterPreview preview = letterUseCases.preview();
        renderer = new LatestOnly<>(context.background(), request -> render(preview, request), this::show,
                this::failed);
        build();
    }

    private void build() {
        panel.setName("letterPreview");
        panel.setLayout(new MigLayout("insets 0, fill, wrap 1, hidemode 3", "[grow,fill]", "[][][grow,fill][][]"));
        contact.setName("preview.contact");
        // Sized from one sample rather than by measuring every contact.
        contact.setPrototypeDisplayValue(new Choice<>(null, "DUPONT-MARTIN Marie-Hélène – 3e A"));
        contact.addActionListener(e -> refreshNow());
        JPanel top = new JPanel(new MigLayout("insets 0, fillx", "[][grow,fill]"));
        top.add(Swing.label(context.text("ui.letters.preview.for"), contact));
        top.add(contact, "w 120:260:n");
        panel.add(top);
        panel.add(zoomBar());
        page.setName("preview.image");
        page.zoom = zoom;
        JScrollPane scroll = new JScrollPane(page);
        scroll.setName("preview.scroll");
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.getViewport().setBackground(new Color(0x8A8F96));
        // "Fit" sizes follow the view: a resized window changes the percentage shown.
        scroll.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                zoomChanged();
            }
        });
        bindKeys();
        panel.add(scroll, "w 300:480:n, h 300:600:n");
        pageLabel.setName("preview.page");
        pageLabel.setHorizontalAlignment(SwingConstants.CENTER);
        JPanel nav = new JPanel(new MigLayout("insets 0, fillx", "[][grow,fill][][]"));
        nav.add(previous);
        nav.add(pageLabel);
        nav.add(next);
        nav.add(print, "gapleft 12");
        panel.add(nav);
        warnings.setName("preview.warnings");
        warnings.setVerticalAlignment(SwingConstants.TOP);
        panel.add(warnings, "w 100:480:n");
        updateNavigation();
    }

    JPanel panel() {
        return panel;
    }

    void setContacts(List<Contact> contacts) {
        // One model built at once: a school's 10,000 contacts added one by one would fire as many events.
        Vector<Choice<Contact>> items = new Vector<>(contacts.size());
        contacts.forEach(c -> items.add(new Choice<>(c, label(c))));
        contact.setModel(new DefaultComboBoxModel<>(items));
        if (contacts.isEmpty()) {
            warnings.setText(Swing.wrapped(context.text("ui.letters.preview.noContact"), WRAP_PIXELS));
        }
        refreshNow();
    }

    private static String label(Contact c) {
        String name = (c.lastName() + " " + c.firstName()).strip();
        return c.className().isEmpty() ? name : name + " \u2013 " + c.className();
    }

    /** The template changed: redraw once the user pauses. */
    void templateChanged() {
        debounce.restart();
    }

    void refreshNow() {
        debounce.stop();
        Contact chosen = Swing.selected(contact);
        if (chosen == null) {
            return;
        }
        pageLabel.setText(context.text("ui.letters.preview.rendering"));
        renderer.submit(new Request(template.get(), chosen, LetterSender.of(context.user()),
                context.messages().locale()));
    }

    void stop() {
        debounce.stop();
    }

    /** Background: the PDF, then its first pages as images. */
    private static Rendered render(LetterPreview preview, Request request) {
        LetterPreview.Result result = preview.render(request.template(), request.contact(), request.sender(),
                request.language());
        byte[] pdf = result.pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer drawer = new PDFRenderer(document);
            int count = document.getNumberOfPages();
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(count, MAX_DRAWN_PAGES); i++) {
                pages.add(drawer.renderImageWithDPI(i, DPI, ImageType.RGB));
            }
            return new Rendered(request.contact(), pdf, List.copyOf(pages), count, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(Rendered rendered) {
        shown = rendered;
        page.putClientProperty(PDF_PROPERTY, rendered.pdf());
        showPage(Math.min(pageIndex, rendered.pageCount() - 1));
        warnings.setText(warningText(rendered.result()));
    }

    private void failed(Throwable failure) {
        shown = null;
        page.putClientProperty(PDF_PROPERTY, null);
        page.setImage(null);
        pageIndex = 0;
        updateNavigation();
        warnings.setText(Swing.wrapped(context.errors().describe(failure), WRAP_PIXELS));
        Logger.getLogger(PreviewPane.class.getName())
                .log(Level.INFO, "Preview not drawn", failure);
    }

    private String warningText(LetterPreview.Result result) {
        Messages messages = context.messages();
        Preflight preflight = result.preflight();
        List<String> lines = new ArrayList<>();
        if (!result.sampleFields().isEmpty()) {
            lines.add(messages.get("ui.letters.preview.samples", sampleLabels(result)));
        }
        for (Contact c : preflight.withoutAddress()) {
            lines.add(messages.get("letters.preflight.withoutAddress", c.displayName()));
        }
        if (!preflight.unknownFields().isEmpty()) {
            lines.add(messages.get(UserMessage.of("ui.letters.preview.unknown",
                    FieldNames.labelledWhereKnown(preflight.unknownFields(), preflight.fieldLabels()))));
        }
        if (preflight.unterminated()) {
            lines.add(messages.get("letters.preflight.unterminated", "{{"));
        }
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<html><div style='width:" + Swing.cssPixels(WRAP_PIXELS) + "px'>");
        for (String line : lines) {
            html.append("\u26A0 ").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("<br>");
        }
        return html.append("</div></html>").toString();
    }

    /** The fields shown with a sample value, by their labels: « Date du rendez-vous ». */
    private FieldNames sampleLabels(LetterPreview.Result result) {
        return FieldNames.labelled(result.sampleFields().keySet(), result.preflight().fieldLabels());
    }

    private void showPage(int index) {
        if (shown == null) {
            return;
        }
        pageIndex = Math.max(0, Math.min(index, shown.pageCount() - 1));
        page.setImage(pageIndex < shown.pages().size() ? shown.pages().get(pageIndex) : null);
        updateNavigation();
    }

    private void updateNavigation() {
        int count = shown == null ? 0 : shown.pageCount();
        page.points = shown == null ? null : shown.points(pageIndex);
        zoomChanged();
        previous.setEnabled(count > 1 && pageIndex > 0);
        next.setEnabled(count > 1 && pageIndex < count - 1);
        print.setEnabled(shown != null);
        pageLabel.setText(count == 0 ? " " : context.text("ui.letters.preview.page", pageIndex + 1, count));
        String name = shown == null ? "" : shown.contact().displayName();
        ReadAloud.named(page, context.text("ui.letters.preview.title"), count == 0 ? null
                : context.text("ui.a11y.letters.previewPage", pageIndex + 1, count, name));
        // What the tests wait for, apart from what a screen reader says.
        page.putClientProperty(STATE_PROPERTY, "pages=" + count + ";page=" + (pageIndex + 1) + ";contact=" + name);
    }

    /** Zoom out, the percentage shown, zoom in, real size, fit width, fit page: a tool bar, keys in the tips. */
    private JToolBar zoomBar() {
        JToolBar bar = new JToolBar();
        bar.setName("preview.zoomBar");
        bar.setFloatable(false);
        zoomOut = zoomButton("preview.zoomOut", "\u2212", "ui.letters.preview.zoomOut",
                () -> zoom.zoomOut(percentShown()));
        zoomIn = zoomButton("preview.zoomIn", "+", "ui.letters.preview.zoomIn", () -> zoom.zoomIn(percentShown()));
        zoomLabel.setName("preview.zoom");
        zoomLabel.setHorizontalAlignment(SwingConstants.CENTER);
        bar.add(zoomOut);
        bar.add(zoomLabel);
        bar.add(zoomIn);
        bar.addSeparator();
        bar.add(zoomButton("preview.actualSize", context.text("ui.letters.preview.actualSizeShort"),
                "ui.letters.preview.actualSize", zoom::actualSize));
        bar.add(zoomButton("preview.fitWidth", context.text("ui.letters.preview.fitWidthShort"),
                "ui.letters.preview.fitWidth", zoom::fitWidth));
        bar.add(zoomButton("preview.fitPage", context.text("ui.letters.preview.fitPageShort"),
                "ui.letters.preview.fitPage", zoom::fitPage));
        return bar;
    }

    private JButton zoomButton(String name, String text, String tipKey, Runnable change) {
        JButton button = Swing.button(name, text, () -> {
            change.run();
            zoomChanged();
        });
        button.setToolTipText(context.text(tipKey));
        ReadAloud.named(button, ReadAloud.plain(context.text(tipKey)));
        button.setFocusable(false);
        return button;
    }

    /**
     * Ctrl+plus, Ctrl+minus and Ctrl+0 anywhere in the window, as in a word processor; Page Up and
     * Page Down within the preview (the letter's text keeps them for its own scrolling).
     */
    private void bindKeys() {
        int ctrl = KeyEvent.CTRL_DOWN_MASK;
        bind(panel, JComponent.WHEN_IN_FOCUSED_WINDOW, "missive.zoomIn", () -> zoom.zoomIn(percentShown()),
                KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, ctrl), KeyStroke.getKeyStroke(KeyEvent.VK_ADD, ctrl),
                KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl),
                KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, ctrl | KeyEvent.SHIFT_DOWN_MASK));
        bind(panel, JComponent.WHEN_IN_FOCUSED_WINDOW, "missive.zoomOut", () -> zoom.zoomOut(percentShown()),
                KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, ctrl), KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, ctrl));
        bind(panel, JComponent.WHEN_IN_FOCUSED_WINDOW, "missive.actualSize", zoom::actualSize,
                KeyStroke.getKeyStroke(KeyEvent.VK_0, ctrl), KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0, ctrl));
        for (JComponent target : List.of(panel, page)) {
            int when = target == page ? JComponent.WHEN_FOCUSED : JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT;
            bind(target, when, "missive.previousPage", () -> showPage(pageIndex - 1),
                    KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_UP, 0));
            bind(target, when, "missive.nextPage", () -> showPage(pageIndex + 1),
                    KeyStroke.getKeyStroke(KeyEvent.VK_PAGE_DOWN, 0));
        }
    }

    private void bind(JComponent target, int when, String id, Runnable action, KeyStroke... keys) {
        for (KeyStroke key : keys) {
            target.getInputMap(when).put(key, id);
        }
        target.getActionMap().put(id, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
                zoomChanged();
            }
        });
    }

    /** The percentage the page is shown at now. */
    private int percentShown() {
        double[] points = page.points();
        return PreviewZoom.percentShown(points[0], page.pageSize().width);
    }

    /** The page takes its new size, and the percentage and the buttons say so. */
    private void zoomChanged() {
        page.revalidate();
        page.repaint();
        int shownPercent = percentShown();
        zoomLabel.setText(context.text("ui.letters.preview.zoomLevel", shownPercent));
        ReadAloud.named(zoomLabel, context.text("ui.a11y.letters.previewZoom", shownPercent));
        zoomIn.setEnabled(zoom.canZoomIn(shownPercent));
        zoomOut.setEnabled(zoom.canZoomOut(shownPercent));
    }

    private void print() {
        if (shown == null) {
            return;
        }
        Rendered letter = shown;
        if (!letter.result().sampleFields().isEmpty() && !Alerts.confirm(panel, context.messages(),
                context.text("ui.letters.preview.printSamples", sampleLabels(letter.result())),
                context.text("ui.letters.preview.print"))) {
            return;
        }
        LetterPrinting.print(context, panel, letter.pdf(),
                context.text("ui.letters.printJob", template.get().designation(), letter.contact().displayName()));
    }

    /** One page, at the zoom chosen (as wide as the view allows at first), on a grey desk with a shadow. */
    private static final class PageView extends JComponent implements Scrollable {
        private static final int MARGIN = 12;
        private BufferedImage image;
        private PreviewZoom zoom = new PreviewZoom();
        /** The page's size in points; an A4 sheet until a letter is drawn. */
        private double[] points;

        PageView() {
            // Focusable so that Page Up and Page Down reach it from the keyboard.
            setFocusable(true);
        }

        double[] points() {
            return points == null ? new double[] {595, 842} : points;
        }

        /** The room the view gives the page, margins aside. */
        private Dimension room() {
            java.awt.Container parent = getParent();
            int wide = parent == null || parent.getWidth() == 0 ? 420 : parent.getWidth();
            int high = parent == null || parent.getHeight() == 0 ? 594 : parent.getHeight();
            return new Dimension(Math.max(40, wide - 2 * MARGIN), Math.max(40, high - 2 * MARGIN));
        }

        /** The page as drawn, in pixels. */
        Dimension pageSize() {
            Dimension room = room();
            double[] p = points();
            return zoom.pageSize(p[0], p[1], room.width, room.height);
        }

        void setImage(BufferedImage image) {
            this.image = image;
            revalidate();
            repaint();
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension size = pageSize();
            return new Dimension(size.width + 2 * MARGIN, size.height + 2 * MARGIN);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Dimension size = pageSize();
            int pageWidth = size.width;
            int pageHeight = size.height;
            // Centred when smaller than the view (fit page, a low zoom).
            int x = Math.max(MARGIN, (getWidth() - pageWidth) / 2);
            int y = Math.max(MARGIN, (getHeight() - pageHeight) / 2);
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setColor(new Color(0, 0, 0, 60));
                g2.fillRect(x + 3, y + 3, pageWidth, pageHeight);
                g2.setColor(Color.WHITE);
                g2.fillRect(x, y, pageWidth, pageHeight);
                if (image != null) {
                    g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                    g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                    g2.drawImage(image, x, y, pageWidth, pageHeight, null);
                }
            } finally {
                g2.dispose();
            }
        }

        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJComponent() {
                    @Override
                    public javax.accessibility.AccessibleRole getAccessibleRole() {
                        return javax.accessibility.AccessibleRole.CANVAS;
                    }
                };
            }
            return accessibleContext;
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return visible.height - 16;
        }

        /** Fills the view's width unless the page is wider than it (a zoom): then it scrolls sideways. */
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return zoom.mode() != PreviewZoom.Mode.PERCENT
                    || getParent() != null && getParent().getWidth() >= getPreferredSize().width;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return zoom.mode() == PreviewZoom.Mode.FIT_PAGE
                    || getParent() != null && getParent().getHeight() >= getPreferredSize().height;
        }
    }
}
