package fr.missive.ui.contacts;

import fr.missive.model.contacts.Contact;
import fr.missive.ui.contacts.ContactsTableModel.Column;
import java.text.Collator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts read for the table, with what searching and sorting them needs made once, off
 * the event thread: each contact's folded search text, and the sort keys of the columns sorted
 * by default (last and first name). Other columns get theirs when first sorted by.
 */
record ContactRows(List<Contact> contacts, String[] searchTexts, Map<Column, SortText[]> sortTexts) {

    static ContactRows of(List<Contact> contacts, Collator collator) {
        List<Contact> copy = List.copyOf(contacts);
        String[] search = new String[copy.size()];
        for (int i = 0; i < search.length; i++) {
            search[i] = ContactFilter.searchText(copy.get(i));
        }
        Map<Column, SortText[]> keys = new EnumMap<>(Column.class);
        keys.put(Column.LAST_NAME, sortTexts(copy, Column.LAST_NAME, collator));
        keys.put(Column.FIRST_NAME, sortTexts(copy, Column.FIRST_NAME, collator));
        return new ContactRows(copy, search, keys);
    }

    static SortText[] sortTexts(List<Contact> contacts, Column column, Collator collator) {
        SortText[] keys = new SortText[contacts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = SortText.of(ContactsTableModel.text(contacts.get(i), column), collator);
        }
        return keys;
    }
}
