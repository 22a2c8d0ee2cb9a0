package fr.missive.app.outbox;

import fr.missive.app.accounts.ProviderPreset;
import fr.missive.app.accounts.ProviderPresets;
import fr.missive.model.mail.SmtpSettings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The sending limits of an account, from the preset of the provider whose server it uses.
 * The figures are the providers' published ones, kept a little under them:
 * <ul>
 * <li>Gmail: 500 recipients a day for a personal account (an address at gmail.com or
 *     googlemail.com), 2,000 messages a day for a Google Workspace account (the school's own
 *     domain hosted by Google, signing in to the same smtp.gmail.com); no published per-minute
 *     rate: one message every two seconds keeps clear of its bursts limits. The sign-in name tells
 *     them apart; without one, the personal account's lower figure is kept.</li>
 * <li>Microsoft 365 (Exchange Online): 30 messages a minute, 10,000 recipients a day.</li>
 * <li>Outlook.com: 300 recipients a day, 30 messages a minute like Exchange Online.</li>
 * </ul>
 * Other servers (a school's own, the French ISPs, whose limits are not published): none.
 */
public final class ProviderLimits {

    private static final Map<String, SendingLimits> BY_PRESET = Map.of(
            "gmail", new SendingLimits(30, 500),
            "microsoft365", new SendingLimits(30, 10_000),
            "outlook", new SendingLimits(30, 300));

    /** Google Workspace's daily limit per user ("Gmail sending limits in Google Workspace"). */
    static final SendingLimits GOOGLE_WORKSPACE = new SendingLimits(30, 2_000);

    /**
     * The largest message each provider takes, encoded: Gmail 25 MB, Exchange Online 35 MB (its
     * default), Outlook.com 20 MB for attachments. Unknown servers: {@link #DEFAULT_MESSAGE_SIZE}.
     */
    private static final Map<String, Long> MESSAGE_SIZE_BY_PRESET = Map.of(
            "gmail", 25L * 1024 * 1024,
            "microsoft365", 35L * 1024 * 1024,
            "outlook", 20L * 1024 * 1024);

    /** What nearly every server accepts. */
    public static final long DEFAULT_MESSAGE_SIZE = 20L * 1024 * 1024;

    private final ProviderPresets presets;
    private final Map<String, SendingLimits> byHost;

    public ProviderLimits(ProviderPresets presets) {
        this(presets, Map.of());
    }

    /** @param byHost limits set for particular servers (host name as in the settings), before the presets' */
    public ProviderLimits(ProviderPresets presets, Map<String, SendingLimits> byHost) {
        this.presets = presets;
        this.byHost = Map.copyOf(byHost);
    }

    public SendingLimits forServer(SmtpSettings smtp) {
        SendingLimits set = byHost.get(smtp.host());
        if (set != null) {
            return set;
        }
        return presetOf(smtp).map(p -> googleWorkspace(p, smtp) ? GOOGLE_WORKSPACE
                : BY_PRESET.getOrDefault(p.id(), SendingLimits.NONE)).orElse(SendingLimits.NONE);
    }

    /**
     * Gmail's server, signed in as an address of a domain that is not Gmail's own: a Google
     * Workspace account, which may send four times more a day than a personal one.
     */
    private static boolean googleWorkspace(ProviderPreset preset, SmtpSettings smtp) {
        if (!"gmail".equals(preset.id()) || smtp.user() == null) {
            return false;
        }
        int at = smtp.user().lastIndexOf('@');
        if (at < 0) {
            return false;
        }
        String domain = smtp.user().substring(at + 1).toLowerCase(Locale.ROOT);
        return !domain.isEmpty() && !preset.domains().contains(domain);
    }

    /** The largest message, in bytes as sent, the server's provider takes. */
    public long messageSize(SmtpSettings smtp) {
        return presetOf(smtp).map(p -> MESSAGE_SIZE_BY_PRESET.get(p.id())).orElse(DEFAULT_MESSAGE_SIZE);
    }

    /** The largest message the server's provider documents, encoded; empty for a server of no known provider. */
    public OptionalLong documentedMessageSize(SmtpSettings smtp) {
        return presetOf(smtp).map(p -> MESSAGE_SIZE_BY_PRESET.get(p.id())).map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    /**
     * A size in megabytes for messages to the user, which show it with one decimal in the reader's
     * own number format ({@code {0,number,0.0}}): "2,0 Mo" in French, "2.0 MB" in English.
     */
    public static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private Optional<ProviderPreset> presetOf(SmtpSettings smtp) {
        return presets.all().stream().filter(p -> p.smtp().host().equals(smtp.host())).findFirst();
    }
}
