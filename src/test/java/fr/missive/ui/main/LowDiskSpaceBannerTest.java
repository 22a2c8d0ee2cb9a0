package fr.missive.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.storage.LowDiskSpace;
import fr.missive.i18n.Messages;
import fr.missive.ui.GuiTestExtension;
import fr.missive.ui.common.BackgroundTasks;
import fr.missive.ui.common.UiContext;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The band of the main window that warns, before the disk is full, how much is left and where. */
@ExtendWith(GuiTestExtension.class)
class LowDiskSpaceBannerTest {

    @TempDir
    Path folder;

    @Test
    void belowTheThresholdTheBandShowsTheDataFolderAndTheSpaceLeftInFrench(Robot robot) {
        BackgroundTasks background = new BackgroundTasks();
        try {
            UiContext context = new UiContext(background, Messages.forLocale(Locale.FRENCH), Clock.systemUTC(),
                    UiContext.Devices.system(), code -> { });
            // A threshold above any disk's free space stands for a nearly full disk.
            LowDiskSpaceBanner banner = GuiActionRunner.execute(
                    () -> new LowDiskSpaceBanner(context, new LowDiskSpace(folder, Long.MAX_VALUE)));
            JFrame frame = GuiActionRunner.execute(() -> {
                JFrame f = new JFrame();
                f.setName("lowDiskSpaceFrame");
                JPanel content = new JPanel(new BorderLayout());
                content.add(banner, BorderLayout.NORTH);
                content.add(new JLabel("contacts"), BorderLayout.CENTER);
                f.setContentPane(content);
                f.setSize(900, 240);
                f.setVisible(true);
                assertThat(banner.isVisible()).as("hidden until measured").isFalse();
                banner.start();
                return f;
            });
            FrameFixture window = new FrameFixture(robot, frame);

            Pause.pause(new Condition("the band is shown") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(banner::isShowing);
                }
            }, Timeout.timeout(10_000));

            String text = window.label("lowDiskSpaceText").text();
            assertThat(text).contains("Il reste peu de place sur le disque du dossier de données")
                    .contains(folder.toString()).containsPattern("\\d+\u00a0Mo de libre");
            GuiActionRunner.execute(banner::stop);
        } finally {
            background.finish(() -> { });
        }
    }
}
