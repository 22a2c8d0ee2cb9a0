package fr.missive.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.DataFolderExtension;
import fr.missive.DataFolderExtension.DataFolders;
import fr.missive.app.OpenDataFolder;
import fr.missive.app.contacts.ContactDraft;
import fr.missive.app.institution.InstitutionDraft;
import fr.missive.app.users.UserDraft;
import fr.missive.i18n.Messages;
import fr.missive.model.contacts.ContactKind;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import fr.missive.ui.GuiTestExtension;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.UiContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large school's contacts window shows its first contacts at once and the others when read:
 * in between, it searches and sorts those shown and says so; then the whole list comes in under
 * the same search, in French order, the selection kept. Seven contacts, three shown first.
 */
@ExtendWith({GuiTestExtension.class, DataFolderExtension.class})
class ContactsFirstPageTest {

    @TempDir
    Path folder;

    @Test
    void firstContactsAreSearchableWhileTheOthersAreReadThenTheWholeListKeepsSearchAndSelection(Robot robot,
            DataFolders dataFolders) {
        OpenDataFolder services = dataFolders.open(folder);
        services.setup().firstRun().initialise(new InstitutionDraft("Collège Jean Moulin", List.of("12 rue des Écoles"),
                "69003", "Lyon", "04 72 00 00 00", ""), null,
                new UserDraft("Claire Martin", "claire.martin@example.fr", Role.ADMIN, null));
        User admin = services.setup().users().find("Claire Martin").orElseThrow();
        // Stored in this order: the first three are shown first.
        for (String[] name : new String[][] {{"Émile", "ZOLA"}, {"Paul", "ÉLUARD"}, {"Léa", "MARTIN"},
            {"Océane", "BÈGUE"}, {"Noël", "ØRSTED"}, {"anne", "BERNARD"}, {"Émile", "MARTIN"}}) {
            services.contacts().contacts().save(admin, new ContactDraft(null, ContactKind.PUPIL, "", name[0], name[1],
                    "3e A", List.of("1 rue Haute"), "69003", "Lyon", "", "", false, Map.of()));
        }
        BackgroundTasks background = new BackgroundTasks();
        try {
            UiContext context = new UiContext(background, Messages.forLocale(Locale.ENGLISH), Clock.systemUTC(),
                    UiContext.Devices.system(), code -> { });
            AtomicReference<String> status = new AtomicReference<>("");
            List<Runnable> heldBack = new ArrayList<>();
            JFrame frame = GuiActionRunner.execute(() -> {
                JFrame f = new JFrame();
                f.setName("firstPageFrame");
                ContactsPanel panel = new ContactsPanel(context, services.contacts(), services.sentLog(), f,
                        new ContactsPanel.CountListener() {
                            @Override
                            public void counted(int shown, int total) {
                                status.set(shown + " of " + total);
                            }

                            @Override
                            public void loading(int shown, int read) {
                                status.set(shown + " of the first " + read + ", reading the others");
                            }
                        });
                panel.firstPage = 3;
                panel.readingTheRest = heldBack::add;
                f.setContentPane(panel.panel());
                f.setSize(1000, 400);
                f.setVisible(true);
                panel.reload();
                return f;
            });
            FrameFixture window = new FrameFixture(robot, frame);
            JTableFixture table = window.table("contactsTable");
            int last = table.columnIndexFor("Last name");
            int first = table.columnIndexFor("First name");

            until("the first three contacts", () -> !heldBack.isEmpty() && table.target().getRowCount() == 3);
            assertThat(names(table, last, first)).containsExactly("ÉLUARD Paul", "MARTIN Léa", "ZOLA Émile");
            assertThat(status.get()).isEqualTo("3 of the first 3, reading the others");

            window.textBox("contactsSearch").setText("martin");
            until("the search among the first", () -> table.target().getRowCount() == 1);
            assertThat(status.get()).isEqualTo("1 of the first 3, reading the others");
            table.selectRows(0);

            GuiActionRunner.execute(() -> heldBack.forEach(Runnable::run));
            until("every MARTIN", () -> table.target().getRowCount() == 2);
            assertThat(names(table, last, first)).containsExactly("MARTIN Émile", "MARTIN Léa");
            assertThat(status.get()).isEqualTo("2 of 7");
            assertThat(GuiActionRunner.execute(() -> table.target().getSelectedRows())).containsExactly(1);

            window.textBox("contactsSearch").setText("");
            until("every contact", () -> table.target().getRowCount() == 7);
            assertThat(names(table, last, first)).containsExactly("BÈGUE Océane", "BERNARD anne", "ÉLUARD Paul",
                    "MARTIN Émile", "MARTIN Léa", "ØRSTED Noël", "ZOLA Émile");
            assertThat(status.get()).isEqualTo("7 of 7");
        } finally {
            background.finish(() -> { });
        }
    }

    private static List<String> names(JTableFixture table, int last, int first) {
        List<String> names = new ArrayList<>();
        for (String[] row : table.contents()) {
            names.add(row[last] + " " + row[first]);
        }
        return names;
    }

    private static void until(String description, java.util.concurrent.Callable<Boolean> condition) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                try {
                    return GuiActionRunner.execute(condition);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, Timeout.timeout(20_000));
    }
}
