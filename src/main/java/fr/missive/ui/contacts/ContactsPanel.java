package fr.missive.ui.contacts;

import fr.missive.app.sentlog.SentLogService;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.model.text.Folding;
import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import fr.missive.model.contacts.Contact;
import fr.missive.model.users.User;
import fr.missive.model.contacts.ContactKind;
import fr.missive.ui.common.Alerts;
import fr.missive.ui.common.Choice;
import fr.missive.ui.common.ColumnWidths;
import fr.missive.ui.common.ReadAloud;
import fr.missive.ui.common.Swing;
import fr.missive.ui.common.UiContext;
import fr.missive.ui.contacts.ContactsTableModel.Column;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.TableColumn;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;

/**
 * The home screen of a secretary: every contact in a sortable table, narrowed by a search
 * field, a kind and a class, with add, edit, delete and import at hand.
 */
public final class ContactsPanel {

    /** Told how many contacts are shown out of how many there are, after each change. */
    public interface CountListener {
        void counted(int shown, int total);

        /** While the first contacts are shown and the others read: {@code shown} of the {@code read} ones. */
        default void loading(int shown, int read) {
            counted(shown, read);
        }
    }

    /**
     * How many contacts the window shows at once while it reads the whole list: a large school's
     * (100,000 contacts) takes seconds to read, these a few milliseconds.
     */
    static final int FIRST_PAGE = 500;

    private final UiContext context;
    private final ContactUseCases contactUseCases;
    private final SentLogService sentLog;
    private final Window owner;
    private final CountListener countListener;
    private final JPanel panel = new JPanel(new MigLayout("insets 8 8 4 8, fill, wrap 1", "[grow,fill]",
            "[][grow,fill]"));
    private final JTextField search = new JTextField(24);
    private final JComboBox<Choice<ContactKind>> kindFilter = new JComboBox<>();
    private final JComboBox<Choice<String>> classFilter = new JComboBox<>();
    private final ContactsTableModel model;
    private final ContactsTable table;
    private final ContactsSorter sorter;
    private final JButton add;
    private final JButton edit;
    private final JButton delete;
    private final JButton importFile;
    private Runnable importAction = () -> { };
    private final JButton sendEmail;
    private Consumer<List<Contact>> sendEmailAction = selected -> { };
    private final JButton letterMailing;
    private Consumer<List<Contact>> letterMailingAction = selected -> { };
    private final JButton sendDocument;
    private Consumer<List<Contact>> sendDocumentAction = selected -> { };
    private ContactFilter filter = ContactFilter.NONE;
    /** Whether the first reading was asked for: it shows the first contacts before the others. */
    private boolean firstReadingAsked;
    /**
     * Whether the first contacts are shown and the others being read. Their number is not told:
     * counting a hundred thousand rows takes the embedded database seconds.
     */
    private boolean loadingTheRest;
    /** Starts the reading of every contact once the first are shown; a test holds it back to look in between. */
    Consumer<Runnable> readingTheRest = Runnable::run;
    /** {@link #FIRST_PAGE}; fewer in a test of a small school. */
    int firstPage = FIRST_PAGE;
    /** The bounce marks shown in the e-mail column and the contact dialog; null: none shown. */
    private fr.missive.app.returns.ReturnsService returns;

    public ContactsPanel(UiContext context, ContactUseCases contactUseCases, SentLogService sentLog, Window owner,
            CountListener countListener) {
        this.context = context;
        this.contactUseCases = contactUseCases;
        this.sentLog = sentLog;
        this.owner = owner;
        this.countListener = countListener;
        this.model = new ContactsTableModel(context);
        this.table = new ContactsTable(model, this::emptyText, context.text("ui.contacts.consent.yes"),
                context.text("ui.contacts.consent.no"));
        this.sorter = new ContactsSorter(model);
        add = Swing.button("contactAdd", context.text("ui.contacts.add"), this::addContact);
        edit = Swing.button("contactEdit", context.text("ui.contacts.edit"), this::editSelected);
        delete = Swing.button("contactDelete", context.text("ui.contacts.delete"), this::deleteSelected);
        importFile = Swing.button("contactImport", context.text("ui.contacts.import"), () -> importAction.run());
        importFile.setVisible(false);
        sendEmail = Swing.button("contactSendEmail", context.text("ui.compose.button"),
                () -> sendEmailAction.accept(selectedContacts()));
        sendEmail.setVisible(false);
        letterMailing = Swing.button("contactLetterMailing", context.text("ui.mailing.toolbar"),
                () -> letterMailingAction.accept(selectedContacts()));
        letterMailing.setToolTipText(context.text("ui.mailing.title"));
        letterMailing.setVisible(false);
        sendDocument = Swing.button("contactSendDocument", context.text("ui.document.button"),
                () -> sendDocumentAction.accept(selectedContacts()));
        sendDocument.setVisible(false);
        panel.setName("contactsPanel");
        setUpFilters();
        setUpTable();
        panel.add(toolbar());
        panel.add(new JScrollPane(table));
        updateButtons();
    }

    public JPanel panel() {
        return panel;
    }

    /** Offers the import button, which runs {@code action}. */
    public void enableImport(Runnable action) {
        importAction = action;
        importFile.setVisible(true);
    }

    /** Offers "Send an e-mail…" in the toolbar and the table's context menu, run with the selection. */
    public void enableSendEmail(Consumer<List<Contact>> action) {
        sendEmailAction = action;
        sendEmail.setVisible(true);
        contextItem("contextSendEmail", "ui.compose.button", action);
    }

    /** Offers "Send a document…" in the toolbar and the table's context menu, run with the selection. */
    public void enableSendDocument(Consumer<List<Contact>> action) {
        sendDocumentAction = action;
        sendDocument.setVisible(true);
        contextItem("contextSendDocument", "ui.document.button", action);
    }

    private void contextItem(String name, String textKey, Consumer<List<Contact>> action) {
        JPopupMenu menu = table.getComponentPopupMenu();
        if (menu == null) {
            menu = new JPopupMenu();
            menu.setName("contactsContextMenu");
            table.setComponentPopupMenu(menu);
        }
        JMenuItem item = new JMenuItem(context.text(textKey));
        item.setName(name);
        item.addActionListener(e -> action.accept(selectedContacts()));
        menu.add(item);
    }

    /** Offers "Print or e-mail a letter…" in the toolbar and the table's context menu, run with the selection. */
    public void enableLetterMailing(Consumer<List<Contact>> action) {
        letterMailingAction = action;
        letterMailing.setVisible(true);
        contextItem("contextLetterMailing", "ui.mailing.button", action);
    }

    /** Marks the contacts whose address bounced, in the list and in their dialog (read with the contacts). */
    public void enableBounceMarks(fr.missive.app.returns.ReturnsService service) {
        this.returns = service;
        table.getColumnModel().getColumn(Column.EMAIL.ordinal()).setCellRenderer(new BouncedEmailRenderer(context,
                row -> model.markOf(model.contactAt(row))));
    }

    /** The contacts selected in the table, in the order shown. */
    public List<Contact> selection() {
        return selectedContacts();
    }

    public void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    private JComponent toolbar() {
        // Two lines, so that French labels fit a 1,200-pixel window: what to show, then what to do.
        JPanel filters = new JPanel(new MigLayout("insets 0, hidemode 3", "[200:320:n,grow,fill][][][][]"));
        filters.add(search, "shrinkprio 200");
        filters.add(Swing.label(context.text("ui.contacts.kindFilter"), kindFilter), "gapleft 12");
        filters.add(kindFilter, "shrink 0");
        filters.add(Swing.label(context.text("ui.contacts.classFilter"), classFilter), "gapleft 8");
        filters.add(classFilter, "shrink 0, wmin 140");
        JPanel actions = new JPanel(new MigLayout("insets 0, hidemode 3", "[][][][]push[][][]"));
        actions.add(add, "sizegroup actions");
        actions.add(edit, "sizegroup actions");
        actions.add(delete, "sizegroup actions");
        actions.add(importFile, "gapleft 8");
        actions.add(sendEmail);
        actions.add(sendDocument);
        actions.add(letterMailing);
        JPanel bar = new JPanel(new MigLayout("insets 0, gapy 6, fillx", "[grow,fill]"));
        bar.add(filters, "wrap");
        bar.add(actions);
        return bar;
    }

    private void setUpFilters() {
        search.setName("contactsSearch");
        search.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, context.text("ui.contacts.search"));
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, new FlatSearchIcon());
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        Swing.onTextChange(search, text -> applyFilter());
        // The placeholder disappears as soon as one types: the field is named, and the placeholder describes it.
        ReadAloud.named(search, context.text("ui.a11y.contacts.search"), context.text("ui.contacts.search"));
        kindFilter.setName("contactsKindFilter");
        kindFilter.addItem(new Choice<>(null, context.text("ui.contacts.allKinds")));
        ContactKinds.choices(context).forEach(kindFilter::addItem);
        kindFilter.addActionListener(e -> applyFilter());
        classFilter.setName("contactsClassFilter");
        classFilter.addItem(new Choice<>(null, context.text("ui.contacts.allClasses")));
        classFilter.addActionListener(e -> applyFilter());
    }

    private void setUpTable() {
        // Sorted by NameOrder keys (folded, then collated): see ContactsSorter.
        for (Column column : Column.values()) {
            // Never narrower than its heading ("Accepte les e-mails" was cut at 1366 px); the kind
            // column holds its longest word too (« Responsable légal » was cut).
            ColumnWidths.fit(table, column.ordinal(), column == Column.KIND ? java.util.Arrays.stream(
                    fr.missive.model.contacts.ContactKind.values()).map(k -> ContactKinds.label(context, k)).toList()
                    : List.of());
            TableColumn tableColumn = table.getColumnModel().getColumn(column.ordinal());
            tableColumn.setPreferredWidth(Math.max(column.width, tableColumn.getPreferredWidth()));
        }
        sorter.setSortKeys(List.of(new RowSorter.SortKey(Column.LAST_NAME.ordinal(), SortOrder.ASCENDING),
                new RowSorter.SortKey(Column.FIRST_NAME.ordinal(), SortOrder.ASCENDING)));
        sorter.setRowFilter(new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends ContactsTableModel, ? extends Integer> entry) {
                int row = entry.getIdentifier();
                return filter.matches(entry.getModel().contactAt(row), entry.getModel().searchTextAt(row));
            }
        });
        table.setRowSorter(sorter);
        ReadAloud.named(table, context.text("ui.a11y.contacts.table"), context.text("ui.a11y.contacts.tableHelp"));
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> updateButtons());
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && table.rowAtPoint(e.getPoint()) >= 0) {
                    editSelected();
                }
            }
        });
        bindKey(KeyEvent.VK_ENTER, "missive.edit", this::editSelected);
        bindKey(KeyEvent.VK_DELETE, "missive.delete", this::deleteSelected);
    }

    private void bindKey(int key, String name, Runnable action) {
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key, 0), name);
        table.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    /**
     * Reads the contacts again, keeping the selection and selecting {@code selectId} when given.
     * The first time, the first {@value #FIRST_PAGE} contacts are shown at once, and the others
     * when read: meanwhile the window searches and sorts those shown, and the status says so.
     */
    public void reload(Long selectId) {
        if (firstReadingAsked) {
            readAll(selectId);
            return;
        }
        firstReadingAsked = true;
        fr.missive.model.text.NameOrder order = model.newOrder();
        int size = firstPage;
        context.inBackground(owner, () -> ContactRows.of(contactUseCases.contacts().first(size), order), page -> {
            // Fewer than asked: they are all there, shown with their bounce marks by the reading below.
            if (page.contacts().size() == size) {
                loadingTheRest = true;
                show(page, Set.of());
            }
            readingTheRest.accept(() -> readAll(selectId));
        });
    }

    private void readAll(Long selectId) {
        Set<Long> asked = selectId != null ? Set.of(selectId) : new HashSet<>(selectedIds());
        fr.missive.app.returns.ReturnsService marks = returns;
        fr.missive.model.text.NameOrder order = model.newOrder();
        context.inBackground(owner, () -> new Listing(ContactRows.of(contactUseCases.contacts().list(), order),
                marks == null ? java.util.Map.of() : marks.bounceMarks()), listing -> {
                    // Selected among the first contacts while the others were read: kept.
                    Set<Long> toSelect = loadingTheRest && selectId == null ? new HashSet<>(selectedIds()) : asked;
                    loadingTheRest = false;
                    model.setMarks(listing.marks());
                    show(listing.rows(), toSelect);
                });
    }

    public void reload() {
        reload(null);
    }

    /**
     * Shows what another PC changes in the contacts while this window is open: the changed rows
     * only, read again one by one (the whole list when there are too many to name), keeping the
     * selection and the search being typed.
     */
    public void followChanges(fr.missive.app.changes.Changes changes) {
        changes.subscribe(fr.missive.app.changes.Changes.Topic.CONTACTS,
                change -> javax.swing.SwingUtilities.invokeLater(() -> showChanged(change)));
    }

    private void showChanged(fr.missive.app.changes.Changes.Changed change) {
        if (change.many()) {
            reload();
            return;
        }
        List<Long> ids = List.copyOf(change.ids());
        context.background().submit(() -> {
            java.util.Map<Long, java.util.Optional<Contact>> now = new java.util.LinkedHashMap<>();
            for (Long id : ids) {
                now.put(id, contactUseCases.contacts().find(id));
            }
            return now;
        }, now -> {
            Set<String> classesBefore = classesOf(model.contacts());
            now.forEach((id, contact) -> contact.ifPresentOrElse(model::put, () -> model.remove(id)));
            if (!classesBefore.equals(classesOf(model.contacts()))) {
                refreshClassChoices(model.contacts());
            }
            countChanged();
        }, failure -> java.util.logging.Logger.getLogger(ContactsPanel.class.getName())
                .log(java.util.logging.Level.FINE, "Could not read the contacts another PC changed", failure));
    }

    private static Set<String> classesOf(List<Contact> contacts) {
        Set<String> classes = new HashSet<>();
        contacts.forEach(c -> classes.add(c.className()));
        return classes;
    }

    private record Listing(ContactRows rows, java.util.Map<Long, fr.missive.model.returns.BounceMark> marks) {
    }

    private void show(ContactRows rows, Set<Long> toSelect) {
        model.setContacts(rows);
        refreshClassChoices(rows.contacts());
        table.clearSelection();
        if (!toSelect.isEmpty()) {
            for (int row = 0; row < table.getRowCount(); row++) {
                Contact c = model.contactAt(table.convertRowIndexToModel(row));
                if (toSelect.contains(c.id())) {
                    table.addRowSelectionInterval(row, row);
                    table.scrollRectToVisible(table.getCellRect(row, 0, true));
                }
            }
        }
        countChanged();
    }

    private void refreshClassChoices(List<Contact> contacts) {
        String current = Swing.selected(classFilter);
        Collator collator = Collator.getInstance(context.messages().locale());
        List<String> classes = contacts.stream().map(Contact::className).filter(s -> !s.isBlank()).distinct()
                .sorted(collator).toList();
        List<Choice<String>> items = new ArrayList<>();
        items.add(new Choice<>(null, context.text("ui.contacts.allClasses")));
        classes.forEach(c -> items.add(new Choice<>(c, c)));
        classFilter.removeAllItems();
        items.forEach(classFilter::addItem);
        if (current != null && classes.contains(current)) {
            Swing.select(classFilter, current);
        }
    }

    private void applyFilter() {
        filter = new ContactFilter(search.getText(), Swing.selected(kindFilter), Swing.selected(classFilter));
        sorter.sort();
        countChanged();
    }

    private void countChanged() {
        if (loadingTheRest) {
            countListener.loading(table.getRowCount(), model.getRowCount());
        } else {
            countListener.counted(table.getRowCount(), model.getRowCount());
        }
        updateButtons();
        table.repaint();
    }

    private String emptyText() {
        return context.text(model.getRowCount() == 0 ? "ui.contacts.empty" : "ui.contacts.noMatch");
    }

    private void updateButtons() {
        int selected = table.getSelectedRowCount();
        edit.setEnabled(selected == 1);
        delete.setEnabled(selected > 0);
    }

    private List<Contact> selectedContacts() {
        List<Contact> selected = new ArrayList<>();
        for (int row : table.getSelectedRows()) {
            selected.add(model.contactAt(table.convertRowIndexToModel(row)));
        }
        return selected;
    }

    private List<Long> selectedIds() {
        return selectedContacts().stream().map(Contact::id).filter(Objects::nonNull).toList();
    }

    private void addContact() {
        new ContactDialog(context, contactUseCases, owner, null, saved -> reload(saved.id())).open();
    }

    private void editSelected() {
        List<Contact> selected = selectedContacts();
        if (selected.size() == 1) {
            Contact contact = selected.get(0);
            ContactDialog.openEditing(context, contactUseCases, owner, contact.id(), saved -> reload(saved.id()),
                    dialog -> dialog.showingBounce(returns, model.markOf(contact), () -> reload(contact.id())));
        }
    }

    private void deleteSelected() {
        List<Contact> selected = selectedContacts();
        if (selected.isEmpty()) {
            return;
        }
        String question = selected.size() == 1
                ? context.text("ui.contacts.deleteOne", selected.get(0).displayName())
                : context.text("ui.contacts.deleteMany", selected.size());
        if (!Alerts.confirm(owner, context.messages(), question, context.text("ui.contacts.deleteConfirm"))) {
            return;
        }
        List<Long> ids = selected.stream().map(Contact::id).toList();
        User actor = context.user();
        context.inBackground(owner, () -> {
            contactUseCases.contacts().delete(ids);
            return sentLog.aboutContacts(actor, selected);
        }, inLog -> {
            reload();
            if (inLog > 0) {
                offerSentLogPurge(actor, selected);
            }
        });
    }

    /** A family that asks for its data to be erased: the administrator may remove it from the sent log too. */
    private void offerSentLogPurge(User actor, List<Contact> deleted) {
        if (!Alerts.confirm(owner, context.messages(), context.text("ui.contacts.purgeSentLog", deleted.size()),
                context.text("ui.contacts.purgeSentLogConfirm"))) {
            return;
        }
        context.inBackground(owner, () -> sentLog.purgeContacts(actor, deleted),
                purged -> Alerts.info(owner, context.messages(), context.text("ui.contacts.purgedSentLog", purged)));
    }
}
