package fr.missive.mail.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The loopback redirect of a native app (RFC 8252 §7.3): an HTTP listener on 127.0.0.1 only,
 * on a port the system chooses, that answers the one expected request — GET on the expected
 * path with the expected state — then closes. Any other path is 404 and a wrong state is 400,
 * and neither ends the wait; after the time limit the listener closes anyway.
 */
public final class LoopbackRedirect implements AutoCloseable {

    /** What the provider sent back through the browser. */
    public sealed interface Outcome {
        record Code(String code) implements Outcome {
            @Override
            public String toString() {
                return "Code[hidden]";
            }
        }

        /** The user declined, or the provider refused the request ({@code error} parameter). */
        record Denied(String error, String description) implements Outcome {
        }
    }

    private static final String PATH = "/";

    private final HttpServer server;
    private final ExecutorService executor;
    private final String state;
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

    private LoopbackRedirect(HttpServer server, ExecutorService executor, String state) {
        this.server = server;
        this.executor = executor;
        this.state = state;
    }

    /** Starts listening on 127.0.0.1 on a free port for a redirect carrying {@code state}. */
    public static LoopbackRedirect open(String state) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "missive-oauth-redirect");
            thread.setDaemon(true);
            return thread;
        });
        LoopbackRedirect redirect = new LoopbackRedirect(server, executor, state);
        server.createContext("/", redirect::handle);
        server.setExecutor(executor);
        server.start();
        return redirect;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The redirect URI to register in the request, with the host the provider expects. */
    public String redirectUri(String host) {
        return "http://" + host + ":" + port() + PATH;
    }

    /**
     * Waits for the redirect, at most {@code limit}, then closes the listener in every case.
     *
     * @return empty when the time ran out
     */
    public Optional<Outcome> await(Duration limit) throws InterruptedException {
        try {
            return Optional.of(outcome.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            close();
        }
    }

    public boolean isClosed() {
        return executor.isShutdown();
    }

    @Override
    public void close() {
        if (!executor.isShutdown()) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
                respond(exchange, 404, "Not found.");
                return;
            }
            Map<String, String> query = Query.decode(exchange.getRequestURI().getRawQuery());
            if (outcome.isDone() || !state.equals(query.get("state"))) {
                respond(exchange, 400, "This sign-in request is not the one Missive is waiting for.");
                return;
            }
            String code = query.get("code");
            if (code != null && !code.isEmpty()) {
                respond(exchange, 200, "Missive is signed in. You may close this tab and go back to Missive."
                        + " / Missive est connecté : vous pouvez fermer cet onglet et revenir à Missive.");
                outcome.complete(new Outcome.Code(code));
            } else {
                respond(exchange, 200, "Sign-in was not completed. / La connexion n’a pas abouti.");
                outcome.complete(new Outcome.Denied(query.getOrDefault("error", "no_code"),
                        query.getOrDefault("error_description", "")));
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Missive</title></head><body><p>"
                + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
