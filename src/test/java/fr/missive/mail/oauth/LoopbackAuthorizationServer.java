package fr.missive.mail.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A small but real OAuth2 authorization server on loopback, for tests: the authorization
 * endpoint "consents" at once and redirects with a code bound to the client, redirect URI and
 * PKCE challenge (S256 only); the token endpoint checks all three and the verifier, issues
 * access and refresh tokens, refreshes, and refuses revoked refresh tokens with invalid_grant.
 */
public final class LoopbackAuthorizationServer implements AutoCloseable {

    public static final String CLIENT_ID = "missive-test-client";

    private record Grant(String clientId, String redirectUri, String challenge, String scope) {
    }

    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private volatile long expiresIn = 3600;
    private volatile String lastScope;
    private volatile Consumer<String> onAccessToken = token -> { };

    public LoopbackAuthorizationServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    public OAuthClientConfig client(OAuthProvider provider) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new OAuthClientConfig(provider, CLIENT_ID, null, URI.create(base + "/authorize"),
                URI.create(base + "/token"));
    }

    /** Later tokens expire after this many seconds. */
    public void expireTokensAfter(long seconds) {
        expiresIn = seconds;
    }

    /** Told each access token before the client gets it, e.g. to make a test mail server accept it. */
    public void onAccessTokenIssued(Consumer<String> listener) {
        onAccessToken = listener;
    }

    public void revokeAllRefreshTokens() {
        refreshTokens.clear();
    }

    public boolean isValidAccessToken(String token) {
        return accessTokens.contains(token);
    }

    public String lastScope() {
        return lastScope;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> q = Query.decode(exchange.getRequestURI().getRawQuery());
            if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))
                    || !"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null
                    || q.get("redirect_uri") == null || q.get("state") == null) {
                respond(exchange, 400, "{\"error\":\"invalid_request\"}");
                return;
            }
            lastScope = q.get("scope");
            String code = UUID.randomUUID().toString();
            codes.put(code, new Grant(q.get("client_id"), q.get("redirect_uri"), q.get("code_challenge"),
                    q.get("scope")));
            String location = q.get("redirect_uri") + "?" + Query.encode(Map.of("code", code, "state", q.get("state")));
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = Query.decode(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            if (!"POST".equals(exchange.getRequestMethod()) || !CLIENT_ID.equals(form.get("client_id"))) {
                respond(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            switch (String.valueOf(form.get("grant_type"))) {
                case "authorization_code" -> {
                    Grant grant = codes.remove(String.valueOf(form.get("code")));
                    String verifier = form.get("code_verifier");
                    if (grant == null || !grant.redirectUri().equals(form.get("redirect_uri")) || verifier == null
                            || !grant.challenge().equals(Pkce.challengeOf(verifier))) {
                        respond(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"code, redirect or PKCE mismatch\"}");
                        return;
                    }
                    issue(exchange, true);
                }
                case "refresh_token" -> {
                    if (!refreshTokens.contains(form.get("refresh_token"))) {
                        respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
                        return;
                    }
                    issue(exchange, false);
                }
                default -> respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            }
        }
    }

    private void issue(HttpExchange exchange, boolean withRefresh) throws IOException {
        String access = "at-" + UUID.randomUUID();
        accessTokens.add(access);
        onAccessToken.accept(access);
        String json = "{\"token_type\":\"Bearer\",\"access_token\":\"" + access + "\",\"expires_in\":" + expiresIn;
        if (withRefresh) {
            String refresh = "rt-" + UUID.randomUUID();
            refreshTokens.add(refresh);
            json += ",\"refresh_token\":\"" + refresh + "\"";
        }
        respond(exchange, 200, json + "}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
