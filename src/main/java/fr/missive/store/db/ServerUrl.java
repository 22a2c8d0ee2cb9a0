package fr.missive.store.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The URL Missive hands to the PostgreSQL driver for a {@link DatabaseTarget.Server}.
 *
 * <p>TLS identity is checked whenever TLS is asked for: a URL saying {@code ssl=true},
 * {@code sslmode=require} or {@code sslmode=verify-ca} is given {@code sslmode=verify-full}, so
 * the driver checks the server's certificate against the trusted CA ({@code sslrootcert}, by
 * default {@code ~/.postgresql/root.crt}) and its name against the host. {@code require} alone
 * would encrypt to whoever answers, which is not what a person asking for TLS means. A URL that
 * does not ask for TLS keeps the driver's default.
 */
final class ServerUrl {

    private ServerUrl() {
    }

    static String withVerifiedTls(String url) {
        int question = url.indexOf('?');
        if (question < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        boolean asksForTls = false;
        for (String parameter : url.substring(question + 1).split("&")) {
            String lower = parameter.toLowerCase(Locale.ROOT);
            if (lower.equals("ssl=true") || lower.equals("ssl") || lower.equals("sslmode=require")
                    || lower.equals("sslmode=verify-ca") || lower.equals("sslmode=verify-full")) {
                asksForTls = true;
            } else if (!parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        if (asksForTls) {
            kept.add("sslmode=verify-full");
        }
        return url.substring(0, question) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
