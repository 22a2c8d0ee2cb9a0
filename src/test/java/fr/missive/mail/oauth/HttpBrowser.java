package fr.missive.mail.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Stands for the system browser in tests: opens the authorization URL, where the test server
 * consents at once, and follows its redirect to Missive's loopback listener.
 */
public final class HttpBrowser implements Consumer<URI> {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int lastStatus;

    @Override
    public void accept(URI authorizationUrl) {
        try {
            HttpResponse<Void> atProvider = get(authorizationUrl);
            String location = atProvider.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("no redirect, HTTP " + atProvider.statusCode()));
            lastStatus = get(URI.create(location)).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The loopback listener's answer to the redirect. */
    public int lastStatus() {
        return lastStatus;
    }

    private HttpResponse<Void> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
