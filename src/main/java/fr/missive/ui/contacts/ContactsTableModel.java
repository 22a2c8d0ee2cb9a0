package fr.missive.ui.contacts;

import fr.missive.model.contacts.Contact;
import fr.missive.ui.common.UiContext;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The contacts as table rows, one column per thing a secretary sorts or scans by. */
final class ContactsTableModel extends AbstractTableModel {

    enum Column {
        KIND(100), TITLE(60), LAST_NAME(140), FIRST_NAME(120), CLASS_NAME(170), EMAIL(240), CONSENT(130), CITY(130);

        final int width;

        Column(int width) {
            this.width = width;
        }
    }

    private final UiContext context;
    private List<Contact> contacts = List.of();
    private java.util.Map<Long, fr.missive.model.returns.BounceMark> marks = java.util.Map.of();

    ContactsTableModel(UiContext context) {
        this.context = context;
    }

    void setContacts(List<Contact> newContacts) {
        contacts = List.copyOf(newContacts);
        fireTableDataChanged();
    }

    /** Shows the contact as now stored: its row replaced, or a row added for a new one. */
    void put(Contact contact) {
        for (int row = 0; row < contacts.size(); row++) {
            if (contact.id().equals(contacts.get(row).id())) {
                List<Contact> changed = new java.util.ArrayList<>(contacts);
                changed.set(row, contact);
                contacts = List.copyOf(changed);
                fireTableRowsUpdated(row, row);
                return;
            }
        }
        List<Contact> grown = new java.util.ArrayList<>(contacts);
        grown.add(contact);
        contacts = List.copyOf(grown);
        fireTableRowsInserted(contacts.size() - 1, contacts.size() - 1);
    }

    /** Takes away the row of a contact deleted elsewhere; nothing when it is not shown. */
    void remove(long id) {
        for (int row = 0; row < contacts.size(); row++) {
            if (contacts.get(row).id() == id) {
                List<Contact> shrunk = new java.util.ArrayList<>(contacts);
                shrunk.remove(row);
                contacts = List.copyOf(shrunk);
                fireTableRowsDeleted(row, row);
                return;
            }
        }
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
        return context.text("ui.contacts.column." + Column.values()[column].name());
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return Column.values()[column] == Column.CONSENT ? Boolean.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Contact c = contacts.get(row);
        return switch (Column.values()[column]) {
            case KIND -> ContactKinds.label(context, c.kind());
            case TITLE -> c.title();
            case LAST_NAME -> c.lastName();
            case FIRST_NAME -> c.firstName();
            case CLASS_NAME -> c.className();
            case EMAIL -> c.emailAddress().map(Object::toString).orElse("");
            case CONSENT -> c.consent().accepts();
            case CITY -> c.address().city();
        };
    }
}
