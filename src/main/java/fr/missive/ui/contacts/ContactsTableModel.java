package fr.missive.ui.contacts;

import fr.missive.model.contacts.Contact;
import fr.missive.model.text.NameOrder;
import fr.missive.ui.common.UiContext;
import java.text.Collator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;

/** The contacts as table rows, one column per thing a secretary sorts or scans by. */
final class ContactsTableModel extends AbstractTableModel {

    enum Column {
        KIND(100), TITLE(60), LAST_NAME(140), FIRST_NAME(120), CLASS_NAME(170), EMAIL(240), CONSENT(130), CITY(130);

        /** {@code values()} copies its array at every call, and the sorter asks for a column at every comparison. */
        static final Column[] ALL = values();

        final int width;

        Column(int width) {
            this.width = width;
        }
    }

    private final UiContext context;
    private final Collator collator;
    private NameOrder order;
    private List<Contact> contacts = List.of();
    private String[] searchTexts = new String[0];
    private final Map<Column, NameOrder.Key[]> sortTexts = new EnumMap<>(Column.class);
    private java.util.Map<Long, fr.missive.model.returns.BounceMark> marks = java.util.Map.of();

    ContactsTableModel(UiContext context) {
        this.context = context;
        this.collator = Collator.getInstance(context.messages().locale());
        this.order = newOrder();
    }

    /** An order for {@link ContactRows#of}, which runs off the event thread (collators are not thread-safe). */
    NameOrder newOrder() {
        return new NameOrder(collator);
    }

    void setContacts(List<Contact> newContacts) {
        setContacts(ContactRows.of(newContacts, newOrder()));
    }

    void setContacts(ContactRows rows) {
        order = rows.order();
        contacts = rows.contacts();
        searchTexts = rows.searchTexts();
        sortTexts.clear();
        sortTexts.putAll(rows.sortTexts());
        fireTableDataChanged();
    }

    /** The contact's folded text that the search looks into. */
    String searchTextAt(int modelRow) {
        return searchTexts[modelRow];
    }

    /** What the table sorts the cell by: its {@link NameOrder} key, or the consent as a boolean. */
    Object sortValueAt(int modelRow, int column) {
        Column which = Column.ALL[column];
        if (which == Column.CONSENT) {
            return getValueAt(modelRow, column);
        }
        NameOrder.Key[] keys = sortTexts.get(which);
        if (keys == null) {
            keys = new NameOrder.Key[contacts.size()];
            for (int row = 0; row < keys.length; row++) {
                keys[row] = order.keyOf(String.valueOf(getValueAt(row, column)));
            }
            sortTexts.put(which, keys);
        }
        return keys[modelRow];
    }

    /** Shows the contact as now stored: its row replaced, or a row added for a new one. */
    void put(Contact contact) {
        for (int row = 0; row < contacts.size(); row++) {
            if (contact.id().equals(contacts.get(row).id())) {
                List<Contact> changed = new java.util.ArrayList<>(contacts);
                changed.set(row, contact);
                contacts = List.copyOf(changed);
                searchTexts[row] = ContactFilter.searchText(contact);
                sortTexts.replaceAll((column, keys) -> keys.clone());
                refreshSortTexts(row);
                fireTableRowsUpdated(row, row);
                return;
            }
        }
        List<Contact> grown = new java.util.ArrayList<>(contacts);
        grown.add(contact);
        contacts = List.copyOf(grown);
        searchTexts = java.util.Arrays.copyOf(searchTexts, contacts.size());
        searchTexts[contacts.size() - 1] = ContactFilter.searchText(contact);
        sortTexts.replaceAll((column, keys) -> java.util.Arrays.copyOf(keys, contacts.size()));
        refreshSortTexts(contacts.size() - 1);
        fireTableRowsInserted(contacts.size() - 1, contacts.size() - 1);
    }

    /** Takes away the row of a contact deleted elsewhere; nothing when it is not shown. */
    void remove(long id) {
        for (int row = 0; row < contacts.size(); row++) {
            if (contacts.get(row).id() == id) {
                List<Contact> shrunk = new java.util.ArrayList<>(contacts);
                shrunk.remove(row);
                contacts = List.copyOf(shrunk);
                String[] fewer = new String[searchTexts.length - 1];
                System.arraycopy(searchTexts, 0, fewer, 0, row);
                System.arraycopy(searchTexts, row + 1, fewer, row, fewer.length - row);
                searchTexts = fewer;
                int removed = row;
                sortTexts.replaceAll((column, keys) -> without(keys, removed));
                fireTableRowsDeleted(row, row);
                return;
            }
        }
    }

    /** The sort keys already made, made again for one row. */
    private void refreshSortTexts(int row) {
        sortTexts.forEach((column, keys) -> keys[row] = order.keyOf(String.valueOf(getValueAt(row,
                column.ordinal()))));
    }

    private static NameOrder.Key[] without(NameOrder.Key[] keys, int row) {
        NameOrder.Key[] fewer = new NameOrder.Key[keys.length - 1];
        System.arraycopy(keys, 0, fewer, 0, row);
        System.arraycopy(keys, row + 1, fewer, row, fewer.length - row);
        return fewer;
    }

    /** Set just before the contacts they were read with. */
    void setMarks(java.util.Map<Long, fr.missive.model.returns.BounceMark> newMarks) {
        marks = java.util.Map.copyOf(newMarks);
    }

    /** The contact's bounce mark, while it is still the address that bounced; else null. */
    fr.missive.model.returns.BounceMark markOf(Contact contact) {
        fr.missive.model.returns.BounceMark mark = contact.id() == null ? null : marks.get(contact.id());
        boolean sameAddress = mark != null && contact.emailAddress()
                .map(a -> a.toString().equalsIgnoreCase(mark.address())).orElse(false);
        return sameAddress ? mark : null;
    }

    List<Contact> contacts() {
        return contacts;
    }

    Contact contactAt(int modelRow) {
        return contacts.get(modelRow);
    }

    @Override
    public int getRowCount() {
        return contacts.size();
    }

    @Override
    public int getColumnCount() {
        return Column.values().length;
    }

    @Override
    public String getColumnName(int column) {
        return context.text("ui.contacts.column." + Column.ALL[column].name());
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return Column.ALL[column] == Column.CONSENT ? Boolean.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Contact c = contacts.get(row);
        Column which = Column.ALL[column];
        return switch (which) {
            case KIND -> ContactKinds.label(context, c.kind());
            case CONSENT -> c.consent().accepts();
            default -> text(c, which);
        };
    }

    /** A column's text that needs no language (the kind's label and the consent do; they are not asked here). */
    static String text(Contact c, Column column) {
        return switch (column) {
            case KIND, CONSENT -> throw new IllegalArgumentException(column + " is shown in the user's language");
            case TITLE -> c.title();
            case LAST_NAME -> c.lastName();
            case FIRST_NAME -> c.firstName();
            case CLASS_NAME -> c.className();
            case EMAIL -> c.emailAddress().map(Object::toString).orElse("");
            case CITY -> c.address().city();
        };
    }
}
