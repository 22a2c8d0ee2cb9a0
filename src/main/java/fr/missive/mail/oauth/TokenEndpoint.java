package fr.missive.mail.oauth;

import fr.missive.mail.MailServerPolicy;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthTokens;
import fr.missive.model.mail.Password;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's token endpoint over the JDK's HttpClient (TLS identity checked by the JDK):
 * exchanges an authorization code with its PKCE verifier, and refreshes. Tokens are never put
 * in an exception message or a log.
 */
public final class TokenEndpoint {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Made on first use: building the mapper and the HTTP client (TLS set-up) would slow Missive's start. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private HttpClient http;
    private final Clock clock;
    private final MailServerPolicy policy;

    public TokenEndpoint(Clock clock) {
        this(clock, MailServerPolicy.anyServer());
    }

    /** An endpoint that posts only to the servers the policy allows: a sandbox's, to none. */
    public TokenEndpoint(Clock clock, MailServerPolicy policy) {
        this(null, clock, policy);
    }

    TokenEndpoint(HttpClient http, Clock clock) {
        this(http, clock, MailServerPolicy.anyServer());
    }

    private TokenEndpoint(HttpClient http, Clock clock, MailServerPolicy policy) {
        this.http = http;
        this.clock = clock;
        this.policy = policy;
    }

    public OAuthTokens exchange(OAuthClientConfig client, Password clientSecret, String code, String verifier,
                                String redirectUri) throws IOException, InterruptedException, TokenRefusedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        return post(client, clientSecret, form);
    }

    public OAuthTokens refresh(OAuthClientConfig client, Password clientSecret, Password refreshToken)
            throws IOException, InterruptedException, TokenRefusedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken.reveal());
        return post(client, clientSecret, form);
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    private OAuthTokens post(OAuthClientConfig client, Password clientSecret, Map<String, String> form)
            throws IOException, InterruptedException, TokenRefusedException {
        URI endpoint = client.tokenEndpoint();
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : "http".equals(endpoint.getScheme()) ? 80 : 443;
        if (!policy.allows(endpoint.getHost(), port)) {
            throw new IOException("the demonstration sandbox connects to no sign-in server");
        }
        form.put("client_id", client.clientId());
        if (clientSecret != null && !clientSecret.isEmpty()) {
            form.put("client_secret", clientSecret.reveal());
        }
        HttpRequest request = HttpRequest.newBuilder(client.tokenEndpoint())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Query.encode(form)))
                .build();
        HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = parse(response.body());
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            throw new TokenRefusedException(text(body, "error", "invalid_request"), text(body, "error_description", ""));
        }
        if (response.statusCode() != 200 || text(body, "access_token", "").isEmpty()) {
            throw new IOException("the token endpoint answered HTTP " + response.statusCode());
        }
        long expiresIn = body.path("expires_in").asLong(3600);
        String refresh = text(body, "refresh_token", "");
        return new OAuthTokens(Password.of(text(body, "access_token", "")),
                refresh.isEmpty() ? null : Password.of(refresh), clock.instant().plusSeconds(expiresIn));
    }

    private static JsonNode parse(String body) throws IOException {
        try {
            return Json.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JacksonException e) {
            throw new IOException("the token endpoint did not answer in JSON");
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asString() : fallback;
    }
}
