package fr.missive.ui;

import fr.missive.app.OpenDataFolder;
import fr.missive.i18n.Messages;
import fr.missive.model.users.User;
import java.nio.file.Path;
import javax.swing.SwingUtilities;

/**
 * What the window catalogue ({@code fr.missive.ui.windows}) needs from this package's
 * package-private classes, without making them public for everyone.
 */
public final class WindowsAccess {

    public static final String SAMPLE_ADMIN = SampleData.ADMIN;

    private WindowsAccess() {
    }

    /** A folder set up as the first-run wizard leaves it (the caller closes it). */
    public static OpenDataFolder initialised(Path folder) {
        return SampleData.initialised(folder);
    }

    public static User sampleAdmin(OpenDataFolder services) {
        return SampleData.admin(services);
    }

    /** Shows the "opening Missive" window as it is while the database recovers (its longest text). */
    public static void showOpeningWindow(Messages messages) {
        SwingUtilities.invokeLater(() -> new OpeningWindow(messages).recovering());
    }
}
