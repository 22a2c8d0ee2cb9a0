package fr.missive.app.letters;

import fr.missive.i18n.Messages;
import fr.missive.model.letters.FieldNames;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.MergeValues;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a person reads for a merge field of one letter, in one language: « Date du rendez-vous »
 * for {@code date_rdv}, « Prénom » for {@code first_name}, « Responsable légal » for the custom
 * column of that header, "Date rdv" for a letter field declared without a label. The window's
 * menus and dialogs, the editor's field chips and the command line all ask here, so a field has
 * one name everywhere. Fields other parts add (the addressee's) are named by their
 * {@code letters.field.CODE} key in the bundles. See {@link FieldNames} for the order of sources.
 */
public final class FieldLabelLookup {

    private final Messages messages;
    private final Map<String, String> labels;

    private FieldLabelLookup(Messages messages, Map<String, String> labels) {
        this.messages = messages;
        this.labels = Map.copyOf(labels);
    }

    /** The labels of standard fields only (no letter chosen). */
    public static FieldLabelLookup standard(Locale locale) {
        return new FieldLabelLookup(Messages.forLocale(locale), Map.of());
    }

    /** The labels of this letter's fields, and of the standard ones, in {@code locale}. */
    public static FieldLabelLookup of(LetterTemplate template, Locale locale) {
        return standard(locale).with(template);
    }

    /** Also the labels this letter declares for its own fields. */
    public FieldLabelLookup with(LetterTemplate template) {
        Map<String, String> more = new LinkedHashMap<>(labels);
        more.putAll(template.fieldLabels());
        return new FieldLabelLookup(messages, more);
    }

    /**
     * Also the contacts' extra columns, named by their header: {@code headers} are the columns as
     * imported ("Responsable légal"), each giving the code {@link MergeValues#customFieldName}.
     * A letter's declared label wins over a header of the same code.
     */
    public FieldLabelLookup withColumns(Collection<String> headers) {
        Map<String, String> more = new LinkedHashMap<>();
        for (String header : headers) {
            String code = MergeValues.customFieldName(header);
            if (!code.isEmpty() && !header.isBlank()) {
                more.putIfAbsent(code, header.strip());
            }
        }
        more.putAll(labels);
        return new FieldLabelLookup(messages, more);
    }

    /** The label of one field. */
    public String label(String code) {
        return FieldNames.label(code, labels, messages::text);
    }

    /** The labels of these fields, in their order. */
    public List<String> labels(Collection<String> codes) {
        return codes.stream().map(this::label).toList();
    }

    /** These fields as one argument of a message, named by these labels in whatever language it is said. */
    public FieldNames names(Collection<String> codes) {
        return FieldNames.labelled(codes, labels);
    }

    /** The language of the labels. */
    public Locale locale() {
        return messages.locale();
    }
}
