package fr.missive.cli;

import fr.missive.app.accounts.DetectedSettings;
import fr.missive.app.accounts.ProviderPreset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code missive detect ADDRESS}: the SMTP settings Missive would suggest for an address, as JSON. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Detect the SMTP settings of an e-mail address (provider presets, MX records, probing).",
                "Prints the candidates as JSON, most likely first."})
final class DetectCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "ADDRESS", description = "The e-mail address.")
    private String address;

    DetectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<DetectedSettings> found = context.accounts().detect().detect(address, () -> false);
        Json.print(context.out(), found.stream().map(this::toJson).toList());
        return Cli.OK;
    }

    private Map<String, Object> toJson(DetectedSettings d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("confidence", MailJson.lower(d.confidence()));
        m.put("preset", d.providerPreset().map(p -> p.id()).orElse(null));
        m.put("provider", d.providerPreset().map(p -> p.displayName()).orElse(null));
        m.put("expectedAuth", d.providerPreset().map(p -> MailJson.lower(p.auth())).orElse(null));
        m.put("smtp", MailJson.smtp(d.smtp()));
        m.put("imap", d.providerPreset().map(DetectCommand::imap).orElse(null));
        m.put("explanation", context.messages().get(d.explanation()));
        d.providerPreset().ifPresent(p -> m.put("help", context.messages().get(p.helpKey())));
        return m;
    }

    private static Map<String, Object> imap(ProviderPreset preset) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", preset.imapHost());
        m.put("port", ProviderPreset.IMAP_PORT);
        m.put("security", MailJson.lower(ProviderPreset.IMAP_SECURITY));
        return m;
    }
}
