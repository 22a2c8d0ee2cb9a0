package fr.missive.store.contacts;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contact's custom fields kept as one JSON object in the {@code custom_fields} column, in
 * their import order. One column rather than a row per field: an import of 100,000 contacts
 * with a few extra columns each writes a third less, and no query ever filters on them.
 * JSON text in a VARCHAR reads the same from HSQLDB and PostgreSQL.
 */
final class CustomFieldsColumn {

    /** Made on first use: contacts without custom fields (and Missive's start) do without it. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
    private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {
    };

    private CustomFieldsColumn() {
    }

    static String write(Map<String, String> fields) {
        return fields.isEmpty() ? "{}" : Json.MAPPER.writeValueAsString(fields);
    }

    static Map<String, String> read(String column) {
        return column == null || column.equals("{}") ? Map.of() : Json.MAPPER.readValue(column, TYPE);
    }
}
