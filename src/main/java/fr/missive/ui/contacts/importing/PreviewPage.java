package fr.missive.ui.contacts.importing;

import fr.missive.app.contacts.importing.CsvInspection;
import fr.missive.app.contacts.importing.CsvRow;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ColumnWidths;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * The second page: the first records as the file will be read, with the character set and
 * separator that were detected. Choosing another one reads the file again (through the
 * inspector) so the user sees at once whether "Ã©" became "é".
 */
final class PreviewPage {

    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    private static final String DELIMITERS = ";,\t|";

    private final UiContext context;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][][grow,fill]"));
    private final JComboBox<Choice<Charset>> charset = new JComboBox<>();
    private final JComboBox<Choice<Character>> delimiter = new JComboBox<>();
    private final JLabel count = new JLabel();
    private final PreviewModel model = new PreviewModel();
    private final JTable table;
    private final BiConsumer<Charset, Character> onChoice;
    /** Set while the combos are filled from an inspection, so that is not taken for a choice. */
    private boolean showing;

    /** @param onChoice told the character set and separator the user picked */
    PreviewPage(UiContext context, BiConsumer<Charset, Character> onChoice) {
        this.context = context;
        this.onChoice = onChoice;
        charset.setName("importCharset");
        delimiter.setName("importDelimiter");
        count.setName("importCount");
        for (char c : DELIMITERS.toCharArray()) {
            delimiter.addItem(new Choice<>(c, delimiterLabel(c)));
        }
        charset.addActionListener(e -> chosen());
        delimiter.addActionListener(e -> chosen());
        JTable table = new JTable(model);
        table.setName("importPreview");
        ReadAloud.named(table, context.text("ui.a11y.import.preview"));
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        JPanel choices = new JPanel(new MigLayout("insets 0", "[][]16[][]push[]"));
        choices.add(Swing.label(context.text("ui.import.charset"), charset));
        choices.add(charset);
        choices.add(Swing.label(context.text("ui.import.delimiter"), delimiter));
        choices.add(delimiter);
        choices.add(count);
        panel.add(Swing.wrappedHint(context.text("ui.import.previewIntro"), 620), "gapbottom 8");
        panel.add(choices);
        panel.add(new JScrollPane(table), "w 640:720, h 260:320");
        this.table = table;
    }

    JPanel panel() {
        return panel;
    }

    private String delimiterLabel(char c) {
        return switch (c) {
            case ';' -> context.text("ui.import.delimiter.semicolon");
            case ',' -> context.text("ui.import.delimiter.comma");
            case '\t' -> context.text("ui.import.delimiter.tab");
            default -> context.text("ui.import.delimiter.other", String.valueOf(c));
        };
    }

    private String charsetLabel(Charset c) {
        String key = "ui.import.charset." + c.name();
        return context.messages().has(key) ? context.text(key) : c.name();
    }

    void show(CsvInspection inspection) {
        showing = true;
        try {
            charset.removeAllItems();
            for (Charset c : CHARSETS) {
                charset.addItem(new Choice<>(c, charsetLabel(c)));
            }
            if (!CHARSETS.contains(inspection.charset())) {
                charset.addItem(new Choice<>(inspection.charset(), charsetLabel(inspection.charset())));
            }
            Swing.select(charset, inspection.charset());
            if (DELIMITERS.indexOf(inspection.delimiter()) < 0) {
                delimiter.addItem(new Choice<>(inspection.delimiter(), delimiterLabel(inspection.delimiter())));
            }
            Swing.select(delimiter, inspection.delimiter());
        } finally {
            showing = false;
        }
        count.setText(context.text("ui.import.recordCount", inspection.recordCount()));
        model.show(context.text("ui.import.line"), inspection);
        for (int i = 0; i < table.getColumnCount(); i++) {
            // Never narrower than its heading ("Accepte les courriels" was cut at 130 px).
            ColumnWidths.fit(table, i, List.of());
            int heading = table.getColumnModel().getColumn(i).getPreferredWidth();
            table.getColumnModel().getColumn(i).setPreferredWidth(Math.max(heading, i == 0 ? 50 : 130));
        }
    }

    private void chosen() {
        if (!showing && charset.getSelectedItem() != null && delimiter.getSelectedItem() != null) {
            onChoice.accept(Swing.selected(charset), Swing.selected(delimiter));
        }
    }

    /** The line number, then the file's columns, for the first records. */
    private static final class PreviewModel extends AbstractTableModel {
        private String lineHeader = "";
        private List<String> headers = List.of();
        private List<CsvRow> rows = List.of();

        void show(String line, CsvInspection inspection) {
            lineHeader = line;
            headers = inspection.headers();
            rows = inspection.preview();
            fireTableStructureChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return headers.size() + 1;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? lineHeader : headers.get(column - 1);
        }

        @Override
        public Object getValueAt(int row, int column) {
            CsvRow record = rows.get(row);
            return column == 0 ? String.valueOf(record.line()) : record.value(column - 1);
        }
    }
}
