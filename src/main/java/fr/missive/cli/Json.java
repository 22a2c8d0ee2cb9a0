package fr.missive.cli;

import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Pretty-printed JSON on standard output, for scripts. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(MAPPER.writeValueAsString(value));
    }
}
