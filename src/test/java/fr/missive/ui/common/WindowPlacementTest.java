package fr.missive.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.settings.Preferences.Bounds;
import java.awt.Frame;
import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final List<Rectangle> ONE_SCREEN = List.of(new Rectangle(0, 0, 1920, 1080));
    private static final List<Rectangle> TWO_SCREENS = List.of(new Rectangle(0, 0, 1920, 1080),
            new Rectangle(1920, 0, 1280, 1024));

    @Test
    void keepsAWindowWhoseTitleBarIsOnAScreen() {
        assertThat(WindowPlacement.isReachable(new Rectangle(100, 100, 1100, 700), ONE_SCREEN)).isTrue();
        assertThat(WindowPlacement.isReachable(new Rectangle(2000, 50, 1100, 700), TWO_SCREENS)).isTrue();
    }

    @Test
    void refusesAWindowLeftOnAScreenNoLongerThere() {
        assertThat(WindowPlacement.isReachable(new Rectangle(2000, 50, 1100, 700), ONE_SCREEN)).isFalse();
    }

    @Test
    void refusesATitleBarAboveTheScreenOrBarelyOnIt() {
        assertThat(WindowPlacement.isReachable(new Rectangle(100, -200, 1100, 700), ONE_SCREEN)).isFalse();
        assertThat(WindowPlacement.isReachable(new Rectangle(1850, 100, 1100, 700), ONE_SCREEN)).isFalse();
        assertThat(WindowPlacement.isReachable(new Rectangle(100, 100, 50, 20), ONE_SCREEN)).isFalse();
    }

    @Test
    void aMaximisedFrameIsRememberedWithThePlaceItHadBefore() {
        Rectangle screen = new Rectangle(0, 0, 1920, 1080);
        Rectangle before = new Rectangle(100, 80, 1100, 700);
        assertThat(WindowPlacement.boundsOf(screen, Frame.MAXIMIZED_BOTH, before))
                .isEqualTo(new Bounds(100, 80, 1100, 700, true));
        assertThat(WindowPlacement.boundsOf(before, Frame.NORMAL, before))
                .isEqualTo(new Bounds(100, 80, 1100, 700, false));
        assertThat(WindowPlacement.boundsOf(screen, Frame.MAXIMIZED_HORIZ, before).maximized()).isFalse();
    }
}
