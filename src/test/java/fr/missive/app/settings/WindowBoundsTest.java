package fr.missive.app.settings;

import fr.missive.store.db.NoDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.settings.Preferences.Bounds;
import org.junit.jupiter.api.Test;

@NoDatabase
class WindowBoundsTest {

    @Test
    void aMaximisedWindowKeepsItsFlagAndItsRestoredPlace() {
        Bounds maximised = new Bounds(100, 80, 1100, 700, true);
        assertThat(maximised.format()).isEqualTo("100,80,1100,700,max");
        assertThat(Bounds.parse(maximised.format())).contains(maximised);
    }

    @Test
    void boundsSavedBeforeTheFlagExistedStillOpenTheWindowThere() {
        assertThat(Bounds.parse("40,50,900,600")).contains(new Bounds(40, 50, 900, 600, false));
        assertThat(new Bounds(40, 50, 900, 600).format()).isEqualTo("40,50,900,600");
    }

    @Test
    void aDamagedValueIsIgnored() {
        assertThat(Bounds.parse("40,50,900")).isEmpty();
        assertThat(Bounds.parse("40,50,900,600,huge")).isEmpty();
        assertThat(Bounds.parse("a,b,c,d")).isEmpty();
    }
}
