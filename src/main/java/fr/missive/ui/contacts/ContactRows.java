package fr.missive.ui.contacts;

import fr.missive.model.contacts.Contact;
import fr.missive.model.text.Folding;
import fr.missive.model.text.NameOrder;
import fr.missive.ui.contacts.ContactsTableModel.Column;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contacts read for the table, with what searching and sorting them needs made once, off
 * the event thread: each contact's folded search text, and the sort keys of the columns sorted
 * by default (last and first name), from {@code order}, which the table keeps for the keys of
 * other columns (made when first sorted by) and of contacts changed later.
 */
record ContactRows(List<Contact> contacts, String[] searchTexts, Map<Column, NameOrder.Key[]> sortTexts,
                   NameOrder order) {

    static ContactRows of(List<Contact> contacts, NameOrder order) {
        List<Contact> copy = List.copyOf(contacts);
        String[] search = new String[copy.size()];
        // Names, classes and cities repeat: each is folded once.
        Map<String, String> folded = new HashMap<>();
        for (int i = 0; i < search.length; i++) {
            search[i] = ContactFilter.searchText(copy.get(i), text -> folded.computeIfAbsent(text, Folding::name));
        }
        Map<Column, NameOrder.Key[]> keys = new EnumMap<>(Column.class);
        keys.put(Column.LAST_NAME, sortTexts(copy, Column.LAST_NAME, order));
        keys.put(Column.FIRST_NAME, sortTexts(copy, Column.FIRST_NAME, order));
        return new ContactRows(copy, search, keys, order);
    }

    static NameOrder.Key[] sortTexts(List<Contact> contacts, Column column, NameOrder order) {
        NameOrder.Key[] keys = new NameOrder.Key[contacts.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = order.keyOf(ContactsTableModel.text(contacts.get(i), column));
        }
        return keys;
    }
}
