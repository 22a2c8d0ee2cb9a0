package fr.missive.bench;

import fr.missive.Wiring;
import fr.missive.app.OpenDataFolder;
import fr.missive.cli.CliRunner;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.users.User;
import fr.missive.ui.GuiLauncher;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Window;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * The print-or-e-mail dialog queueing a letter with its PDF attached to 1,000 contacts (an
 * argument changes the number), in the real window: prints how long it took, the longest time
 * the event dispatch thread did not answer while it ran (a probe posts a task every 10 ms and
 * records how late it ran; target under 100 ms) and how many different progress texts the status
 * bar showed. The account points at the discard port of loopback and the delivery is stopped,
 * so nothing is sent. Not a test; run by hand, under Xvfb on a machine without a screen:
 *
 * <pre>./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) fr.missive.bench.MailingWindowStallBench 1000</pre>
 */
public final class MailingWindowStallBench {

    private static final String LETTER = "Absence";
    private static final long PROBE_MILLIS = 10;

    private MailingWindowStallBench() {
    }

    public static void main(String[] args) throws Exception {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path folder = Files.createTempDirectory("missive-window-bench");
        try {
            Path data = folder.resolve("data");
            setUp(folder, data, contacts);
            OpenDataFolder services = Wiring.open(data, () -> { });
            User admin = services.setup().users().soleAdministrator().orElseThrow();
            services.setup().preferences().setLanguage(admin.id(), Optional.of(Locale.ENGLISH));
            services.letters().templates().create(admin, new LetterTemplate(LETTER, null,
                    "Absence de {{first_name}}", "Madame, Monsieur,\n\nVotre enfant **{{first_name}} {{last_name}}**,"
                    + " élève de {{class}}, a été absent le {{date_absence}}.\n\nCordialement.",
                    List.of("date_absence")));
            new GuiLauncher(Wiring::open, code -> { }).openOn(services);
            JTable table = await("the contacts", () -> find("contactsTable", JTable.class)
                    .filter(t -> t.getRowCount() == contacts).orElse(null));
            services.outbox().outbox().stopDelivery(Duration.ofSeconds(5)); // queue only: nothing is delivered
            onEdt(() -> {
                table.selectAll();
                button("contactLetterMailing").doClick();
                return null;
            });
            await("the letter in the dialog", () -> find("mailingTemplate", JComboBox.class)
                    .filter(c -> c.getItemCount() == 1).orElse(null));
            JTextComponent date = await("the letter's field", () -> find("mailingField.date_absence",
                    JTextComponent.class).filter(Component::isShowing).orElse(null));
            onEdt(() -> {
                date.setText("lundi 23 novembre 2026");
                find("mailingAttachPdf", AbstractButton.class).orElseThrow().setSelected(true);
                find("mailingInline", AbstractButton.class).orElseThrow().setSelected(false);
                button("mailingNext").doClick();
                return null;
            });
            AbstractButton send = await("the summary", () -> find("mailingSend", AbstractButton.class)
                    .filter(b -> b.isShowing() && b.isEnabled()).orElse(null));
            // Hidden until a task runs: looked up whether showing or not.
            JLabel status = onEdt(() -> findAny("statusTask", JLabel.class)).orElseThrow(
                    () -> new IllegalStateException("no status bar task label"));

            Probe probe = new Probe();
            Set<String> progressTexts = new LinkedHashSet<>();
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            probe.start();
            onEdt(() -> {
                send.doClick();
                return null;
            });
            String done;
            while (true) {
                String text = onEdt(status::getText);
                if (text != null && text.contains(" of ")) {
                    progressTexts.add(text);
                }
                if (text != null && text.contains("not sent")) {
                    throw new IllegalStateException("the mailing failed: " + text);
                }
                if (text != null && text.contains("in the outbox")) {
                    done = text;
                    break;
                }
                if (System.nanoTime() - t0 > 600_000_000_000L) {
                    throw new IllegalStateException("not done in 10 minutes: " + text);
                }
                Thread.sleep(20);
            }
            long wall = System.nanoTime() - t0;
            long cpu = processCpu() - cpu0;
            probe.stop();
            System.out.printf(Locale.ROOT, "%d letters queued from the window in %.2f s (process CPU %.1f s);"
                    + " longest event-thread stall %d ms (target under 100 ms); %d progress texts in the status bar,"
                    + " the last \"%s\"%n", contacts, wall / 1e9, cpu / 1e9, probe.longest() / 1_000_000,
                    progressTexts.size(), done);
            Runtime.getRuntime().halt(0); // the window and its session threads are not closed one by one
        } finally {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void setUp(Path folder, Path data, int contacts) throws Exception {
        CliRunner cli = new CliRunner(data, Locale.ENGLISH);
        cli.initCollege("--address", "12 avenue des Frères-Lumière", "--postcode", "69008", "--city", "Lyon");
        StringBuilder csv = new StringBuilder("Nom;Prénom;Classe;Adresse;Code postal;Ville;Courriel;Consentement\n");
        for (int i = 1; i <= contacts; i++) {
            csv.append("FAMILLE").append(i).append(";Océane;3e A;").append(i).append(" rue de la Paix;69001;Lyon;")
                    .append("parent").append(i).append("@example.org;oui\n");
        }
        Path file = folder.resolve("contacts.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        cli.run("contacts", "import", file.toString());
        cli.run("account", "add", "personal", "--name", "Secrétariat", "--address", "secretariat@college-test.fr",
                "--host", "127.0.0.1", "--port", "9", "--security", "none");
    }

    /** Posts a task to the event thread every 10 ms and keeps the longest wait before one ran. */
    private static final class Probe {
        private final AtomicLong longest = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::run, "edt-probe");

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            while (running) {
                long posted = System.nanoTime();
                try {
                    EventQueue.invokeAndWait(() -> longest.accumulateAndGet(System.nanoTime() - posted, Math::max));
                    Thread.sleep(PROBE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        void stop() {
            running = false;
        }

        long longest() {
            return longest.get();
        }
    }

    private static AbstractButton button(String name) {
        return find(name, AbstractButton.class).orElseThrow(() -> new IllegalStateException("no button " + name));
    }

    /** The showing component of this name and type in any window; call on the event thread or while polling. */
    private static <T> Optional<T> find(String name, Class<T> type) {
        for (Window window : Window.getWindows()) {
            List<Component> found = new ArrayList<>();
            collect(window, name, found);
            for (Component c : found) {
                if (type.isInstance(c) && c.isShowing()) {
                    return Optional.of(type.cast(c));
                }
            }
        }
        return Optional.empty();
    }

    /** The component of this name and type in any window, showing or not; call on the event thread. */
    private static <T> Optional<T> findAny(String name, Class<T> type) {
        for (Window window : Window.getWindows()) {
            List<Component> found = new ArrayList<>();
            collect(window, name, found);
            for (Component c : found) {
                if (type.isInstance(c)) {
                    return Optional.of(type.cast(c));
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(Component c, String name, List<Component> found) {
        if (name.equals(c.getName())) {
            found.add(c);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, name, found);
            }
        }
    }

    private static <T> T await(String what, Callable<T> lookup) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            T found = onEdt(lookup);
            if (found != null) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not found in time: " + what);
    }

    private static <T> T onEdt(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
