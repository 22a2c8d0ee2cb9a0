package fr.missive.cli;

import fr.missive.app.DataFolderOpener;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.returns.ReturnsUseCases;
import fr.missive.app.accounts.AccountUseCases;
import fr.missive.app.compose.ComposeUseCases;
import fr.missive.app.contacts.ContactUseCases;
import fr.missive.app.letters.LetterUseCases;
import fr.missive.app.outbox.OutboxUseCases;
import fr.missive.app.sentlog.SentLogService;
import fr.missive.app.setup.SetupUseCases;
import fr.missive.app.storage.LowDiskSpace;
import fr.missive.app.sandbox.SandboxFolder;
import fr.missive.i18n.Messages;
import fr.missive.model.MissiveException;
import fr.missive.model.UserMessage;
import fr.missive.model.users.User;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What every command shares: the streams, the user's language, the data folder (opened on
 * first use, closed when the command ends) and the user the command runs as.
 */
public final class CliContext implements AutoCloseable {

    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader in;
    private final Messages messages;
    private final DataFolderOpener factory;
    private final UnaryOperator<Path> folderResolver;
    private Path dataFolder;
    private String asUser;
    private OpenDataFolder folder;
    private Runnable rendererWarmUp = () -> { };

    /**
     * @param folderResolver turns the {@code --data-dir} value (or {@code null}) into the data
     *                       folder to use
     */
    public CliContext(PrintWriter out, PrintWriter err, BufferedReader in, Messages messages,
                      DataFolderOpener factory, UnaryOperator<Path> folderResolver) {
        this.folderResolver = folderResolver;
        this.out = out;
        this.err = err;
        this.in = in;
        // Command-line users write letter files: fields are named with their codes too.
        this.messages = messages.withFieldCodes();
        this.factory = factory;
    }

    /**
     * What gets the letter renderer ready in the background (see {@link #warmUpRenderer()});
     * nothing unless the entry point gives it.
     */
    public void setRendererWarmUp(Runnable warmUp) {
        this.rendererWarmUp = warmUp;
    }

    /**
     * Starts getting the letter renderer ready beside the opening of the data folder; for a
     * command about to render letters. Returns at once.
     */
    public void warmUpRenderer() {
        rendererWarmUp.run();
    }

    /** With {@code sandbox}, the demonstration sandbox inside that folder, made when it does not exist. */
    void setDataFolder(Path explicit, boolean sandbox) {
        Path folder = folderResolver.apply(explicit);
        this.dataFolder = sandbox ? SandboxFolder.prepare(folder) : folder;
    }

    void setAsUser(String name) {
        this.asUser = name;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Messages messages() {
        return messages;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** The data folder, opened on first use; commands ask for the feature groups below. */
    private OpenDataFolder folder() {
        if (folder == null) {
            folder = factory.open(dataFolder, () -> err.println(messages.get("storage.recovering")));
            // On standard error, so that what a script reads on standard output stays as it is.
            new LowDiskSpace(dataFolder).check().ifPresent(low -> err.println("missive: " + messages.get(low)));
        }
        return folder;
    }

    public SetupUseCases setup() {
        return folder().setup();
    }

    public ContactUseCases contacts() {
        return folder().contacts();
    }

    public AccountUseCases accounts() {
        return folder().accounts();
    }

    public LetterUseCases letters() {
        return folder().letters();
    }

    public ComposeUseCases compose() {
        return folder().compose();
    }

    public OutboxUseCases outbox() {
        return folder().outbox();
    }

    public SentLogService sentLog() {
        return folder().sentLog();
    }

    public ReturnsUseCases returns() {
        return folder().returns();
    }

    /**
     * The user this command runs as: {@code --as NAME}, or else the only administrator. A
     * user with a password must give it on the first line of standard input.
     */
    public User actor() {
        SetupUseCases s = setup();
        if (!s.firstRun().isInitialised()) {
            throw new MissiveException(UserMessage.of("setup.notInitialised"));
        }
        User user;
        if (asUser != null) {
            user = s.users().find(asUser)
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("signin.unknownUser", asUser)));
        } else {
            user = s.users().soleAdministrator()
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.asRequired")));
        }
        if (user.hasPassword()) {
            char[] password = readLine().map(String::toCharArray)
                    .orElseThrow(() -> new CliUsageException(UserMessage.of("cli.passwordExpected", user.name())));
            return s.users().signIn(user.name(), password);
        }
        return user;
    }

    /** The next line of standard input, without its line break; empty at end of input. */
    public Optional<String> readLine() {
        try {
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (folder != null) {
            folder.close();
            folder = null;
        }
        out.flush();
        err.flush();
    }
}
