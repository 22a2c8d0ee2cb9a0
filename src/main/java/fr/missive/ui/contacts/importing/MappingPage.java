package fr.missive.ui.contacts.importing;

import com.formdev.flatlaf.FlatClientProperties;
import fr.missive.app.contacts.importing.ColumnMapping;
import fr.missive.app.contacts.importing.ContactField;
import fr.missive.app.contacts.importing.CsvInspection;
import fr.missive.model.contacts.ContactKind;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.contacts.ContactKinds;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import net.miginfocom.swing.MigLayout;

/**
 * The third page: where each column goes. One combo per column, first set to what the
 * engine guessed from the headers; a field given to a second column leaves the first one,
 * which {@link ColumnMapping#with} decides and this page then shows.
 */
final class MappingPage {

    private final UiContext context;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][grow,fill][]"));
    private final JPanel columns = new WidthTrackingPanel(new MigLayout("wrap 3, fillx", "[right][grow 50,fill][grow 100,fill]"));
    private final List<JComboBox<Choice<ContactField>>> combos = new ArrayList<>();
    private final JComboBox<Choice<ContactKind>> defaultKind = new JComboBox<>();
    private ColumnMapping mapping;
    /** Set while the combos show the mapping, so that is not taken for a choice. */
    private boolean showing;

    MappingPage(UiContext context) {
        this.context = context;
        defaultKind.setName("importDefaultKind");
        ContactKinds.choices(context).forEach(defaultKind::addItem);
        Swing.select(defaultKind, ContactKind.PUPIL);
        JScrollPane scroll = new JScrollPane(columns);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        JPanel kind = new JPanel(new MigLayout("insets 0", "[][]"));
        kind.add(Swing.label(context.text("ui.import.defaultKind"), defaultKind));
        kind.add(defaultKind);
        panel.add(Swing.wrappedHint(context.text("ui.import.mappingIntro"), 620), "gapbottom 8");
        panel.add(scroll, "w 640:720, h 260:320");
        panel.add(kind, "gaptop 8");
    }

    JPanel panel() {
        return panel;
    }

    /** As wide as the scroll pane's view, so the combos are never cut off on the right. */
    private static final class WidthTrackingPanel extends JPanel implements Scrollable {
        WidthTrackingPanel(MigLayout layout) {
            super(layout);
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
            return visible.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    /** Shows the columns of a newly read file with the mapping the engine suggests. */
    void show(CsvInspection inspection) {
        mapping = inspection.suggestedMapping();
        columns.removeAll();
        combos.clear();
        JLabel columnHeader = heading("ui.import.column");
        columns.add(columnHeader);
        columns.add(heading("ui.import.example"));
        columns.add(heading("ui.import.target"));
        for (int i = 0; i < inspection.headers().size(); i++) {
            int column = i;
            JComboBox<Choice<ContactField>> combo = new JComboBox<>();
            combo.setName("importMapping." + i);
            ReadAloud.named(combo, context.text("ui.a11y.import.mapping", inspection.headers().get(i)));
            for (ContactField field : ContactField.values()) {
                // An extra column keeps its header as the name of its field: say which.
                combo.addItem(new Choice<>(field, field == ContactField.CUSTOM
                        ? context.text("ui.import.customNamed", shortened(inspection.headers().get(i).strip()))
                        : context.text(field.labelKey())));
            }
            combo.addActionListener(e -> chosen(column));
            combos.add(combo);
            columns.add(new JLabel(inspection.headers().get(i)));
            columns.add(example(inspection, i));
            columns.add(combo);
        }
        showMapping();
        columns.revalidate();
        columns.repaint();
    }

    /** A long header would widen every list of the page: its start is enough to recognise it. */
    private static String shortened(String header) {
        return header.length() <= 28 ? header : header.substring(0, 27).strip() + "\u2026";
    }

    private JLabel heading(String key) {
        JLabel label = new JLabel(context.text(key));
        label.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        return label;
    }

    private static JLabel example(CsvInspection inspection, int column) {
        String value = inspection.preview().isEmpty() ? "" : inspection.preview().get(0).value(column);
        JLabel example = Swing.hint(value.replace('\n', ' '));
        example.setToolTipText(value);
        return example;
    }

    private void chosen(int column) {
        if (showing) {
            return;
        }
        ContactField field = Swing.selected(combos.get(column));
        if (field != null && field != mapping.target(column)) {
            mapping = mapping.with(column, field);
            showMapping();
        }
    }

    private void showMapping() {
        showing = true;
        try {
            for (int i = 0; i < combos.size(); i++) {
                Swing.select(combos.get(i), mapping.target(i));
            }
        } finally {
            showing = false;
        }
    }

    ColumnMapping mapping() {
        return mapping;
    }

    ContactKind defaultKind() {
        return Swing.selected(defaultKind);
    }
}
