package fr.missive.cli;

import fr.missive.app.oauth.OAuthAccounts;
import fr.missive.app.oauth.OAuthClients;
import fr.missive.app.users.UserService;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.accounts.Account;
import fr.missive.model.mail.AuthMethod;
import fr.missive.model.mail.OAuthClientConfig;
import fr.missive.model.mail.OAuthProvider;
import fr.missive.model.users.User;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code missive oauth-client set|show} and {@code missive account oauth NAME}: OAuth2 sign-in. */
final class OAuthCommands {

    private OAuthCommands() {
    }

    static OAuthProvider provider(String typed) {
        try {
            return OAuthProvider.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(UserMessage.of("cli.oauth.provider", typed));
        }
    }

    /** {@code missive oauth-client}: the applications registered with Microsoft and Google. */
    @Command(name = "oauth-client", mixinStandardHelpOptions = true,
            description = "The applications the school registered for OAuth2 sign-in (administrators only).",
            subcommands = {SetClient.class, ShowClients.class})
    static final class ClientCommand {
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Enter the application registered with microsoft or google.",
                    "Google's desktop client secret is read from standard input with --secret-stdin."})
    static final class SetClient implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "PROVIDER", description = "microsoft or google.")
        private String provider;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The application (client) ID.")
        private String clientId;

        @Option(names = "--tenant", paramLabel = "TENANT",
                description = "Microsoft: the school's directory (domain or tenant ID); default: organizations.")
        private String tenant;

        @Option(names = "--secret-stdin", description = "Read the client secret from standard input (Google).")
        private boolean secretStdin;

        @Option(names = "--authorization-endpoint", paramLabel = "URL",
                description = "Another authorization endpoint (a national cloud); with --token-endpoint.")
        private URI authorizationEndpoint;

        @Option(names = "--token-endpoint", paramLabel = "URL", description = "Another token endpoint.")
        private URI tokenEndpoint;

        SetClient(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            OAuthProvider p = provider(provider);
            User actor = context.actor();
            UserService.requireAdmin(actor);
            String secret = null;
            if (secretStdin) {
                secret = context.readLine().orElseThrow(
                        () -> new CliUsageException(UserMessage.of("cli.account.passwordExpected")));
            }
            OAuthClients clients = context.accounts().oauthClients();
            if (secret == null) {
                clients.saveKeepingSecret(p, clientId, tenant);
            } else {
                clients.save(p, clientId, tenant, secret);
            }
            if ((authorizationEndpoint == null) != (tokenEndpoint == null)) {
                throw new CliUsageException(UserMessage.of("cli.oauth.bothEndpoints"));
            }
            if (authorizationEndpoint != null) {
                try {
                    clients.setEndpoints(p, authorizationEndpoint, tokenEndpoint);
                } catch (IllegalArgumentException e) {
                    throw new CliUsageException(UserMessage.of("cli.oauth.httpsOnly"));
                }
            }
            context.out().println(context.messages().get("cli.oauth.clientSaved", p.name().toLowerCase(Locale.ROOT)));
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the registered applications.")
    static final class ShowClients implements Callable<Integer> {
        private final CliContext context;

        ShowClients(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            UserService.requireAdmin(context.actor());
            OAuthClients clients = context.accounts().oauthClients();
            for (OAuthProvider p : OAuthProvider.values()) {
                Optional<OAuthClientConfig> found = clients.find(p);
                String name = p.name().toLowerCase(Locale.ROOT);
                context.out().println(found.map(c -> name + "\t" + c.clientId()
                        + (c.tenant() == null ? "" : "\ttenant=" + c.tenant())
                        + (clients.hasClientSecret(p) ? "\tsecret=stored" : ""))
                        .orElse(name + "\t-"));
            }
            return Cli.OK;
        }
    }

    @Command(name = "oauth", mixinStandardHelpOptions = true,
            description = {"Sign an OAuth2 account in: prints the address to open in a browser, then waits for the"
                    + " sign-in to come back to this PC.", "Exit code 0 once signed in."})
    static final class SignIn implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NAME", description = "The account's name.")
        private String name;

        @Option(names = "--provider", paramLabel = "PROVIDER",
                description = "microsoft or google (default: the SMTP server's, or the only one registered).")
        private String provider;

        @Option(names = "--wait", paramLabel = "SECONDS",
                description = "How long to wait for the sign-in (default 300).")
        private int waitSeconds = (int) OAuthAccounts.SIGN_IN_LIMIT.toSeconds();

        SignIn(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws InterruptedException {
            User actor = context.actor();
            Account account = context.accounts().accounts().require(actor, name);
            if (account.smtp() == null || account.smtp().auth() != AuthMethod.OAUTH2) {
                throw new MissiveException(UserMessage.of("cli.oauth.notOAuth", name));
            }
            OAuthProvider p = provider != null ? provider(provider)
                    : OAuthProvider.forSmtpHost(account.smtp().host()).orElseGet(this::onlyRegistered);
            context.accounts().oauthAccounts().signIn(p, account.smtp().user(),
                    account.imap() != null, url -> {
                        context.out().println(context.messages().get("cli.oauth.open"));
                        context.out().println(url);
                        context.out().flush();
                    }, Duration.ofSeconds(waitSeconds));
            context.out().println(context.messages().get("cli.oauth.signedIn", account.smtp().user()));
            return Cli.OK;
        }

        private OAuthProvider onlyRegistered() {
            List<OAuthProvider> registered = context.accounts().oauthClients().registered();
            if (registered.size() != 1) {
                throw new CliUsageException(UserMessage.of("cli.oauth.whichProvider"));
            }
            return registered.get(0);
        }
    }
}
