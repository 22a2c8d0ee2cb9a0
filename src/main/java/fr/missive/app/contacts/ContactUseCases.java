package fr.missive.app.contacts;

import fr.missive.app.contacts.importing.ContactImporter;
import fr.missive.app.contacts.importing.CsvInspector;

/** The contacts: kept one by one, or imported from a school system's CSV file. */
public record ContactUseCases(ContactService contacts, CsvInspector csvInspector, ContactImporter importer) {
}
