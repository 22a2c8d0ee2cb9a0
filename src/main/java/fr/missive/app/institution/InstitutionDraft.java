package fr.missive.app.institution;

import java.util.List;

/** The institution's identity as typed in the first-run wizard or the settings window. */
public record InstitutionDraft(String name, List<String> addressLines, String postcode, String city,
                               String phone, String senderName) {

    public InstitutionDraft {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }

    public static InstitutionDraft named(String name, String city, String senderName) {
        return new InstitutionDraft(name, List.of(), "", city, "", senderName);
    }
}
