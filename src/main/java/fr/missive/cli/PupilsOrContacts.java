package fr.missive.cli;

import fr.missive.app.contacts.ContactSelection;
import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.letters.Addressing;
import java.util.List;

/**
 * The contacts a letter command works on: {@code --contacts FILTER} (written as the letter says:
 * to them, or to their guardians for a letter addressed to guardians) or {@code --about-pupils
 * FILTER} (the pupils chosen, the letters written to each of their legal guardians), one of the two.
 *
 * @param addressing {@link Addressing#GUARDIANS} with {@code --about-pupils}; null to follow the letter
 */
record PupilsOrContacts(List<Contact> contacts, Addressing addressing, ContactSelection selection) {

    static final String ABOUT_PUPILS_HELP = "The pupils the letter is about (FILTER as --contacts): one"
            + " letter to each of their legal guardians, at the guardian's own address and by their own channel.";

    /** The same words for {@code --joint-letters} wherever letters about pupils are sent or rendered. */
    static final String JOINT_LETTERS_HELP = "One letter for a pupil's guardians living at the same"
            + " address, when both receive it the same way (both by e-mail, or both on paper).";

    static PupilsOrContacts choose(CliContext context, String contactsFilter, String pupilsFilter) {
        if (contactsFilter != null && pupilsFilter != null) {
            throw new CliUsageException(UserMessage.of("cli.letter.aboutPupils.both"));
        }
        if (contactsFilter == null && pupilsFilter == null) {
            throw new CliUsageException(UserMessage.of("cli.letter.aboutPupils.none"));
        }
        ContactSelection selection = ContactSelection.parse(pupilsFilter != null ? pupilsFilter : contactsFilter);
        List<Contact> contacts = selection.select(context.contacts().contacts().list());
        if (contacts.isEmpty()) {
            throw new CliUsageException(UserMessage.of("cli.letter.noContacts", selection.toString()));
        }
        return new PupilsOrContacts(contacts, pupilsFilter != null ? Addressing.GUARDIANS : null, selection);
    }

    /** The addressing of this sending: the option's, else the letter's own. */
    Addressing addressingOr(Addressing letters) {
        return addressing != null ? addressing : letters;
    }
}
