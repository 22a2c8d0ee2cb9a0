package fr.missive.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.DefaultListModel;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs under Xvfb: the list is in a real, shown window. */
class FittedListTest {

    private static final String LONG_ROW = "Secrétariat du collège Jean Moulin <secretariat.college-jean-moulin@ac-exemple.fr>"
            + " – compte de l’établissement – vérifié";

    private final DefaultListModel<String> rows = new DefaultListModel<>();
    private JFrame frame;
    private FittedList<String> list;
    private JScrollPane scroll;

    @AfterEach
    void close() throws Exception {
        System.clearProperty(ScreenArea.SIMULATED);
        onEdt(() -> {
            if (frame != null) {
                frame.dispose();
            }
            return null;
        });
    }

    @Test
    void aLongRowArrivingAfterTheWindowWasSizedWidensTheWindowToShowItWhole() throws Exception {
        System.setProperty(ScreenArea.SIMULATED, "1366x728");
        open(300);
        onEdt(() -> {
            rows.addElement(LONG_ROW);
            return null;
        });
        onEdt(() -> null); // the widening is queued after the row's arrival

        assertThat(onEdt(() -> frame.getWidth())).isGreaterThan(300).isLessThanOrEqualTo(1366);
        assertThat(onEdt(() -> scroll.getViewport().getExtentSize().width))
                .isGreaterThanOrEqualTo(onEdt(() -> list.getPreferredScrollableViewportSize().width));
        assertThat(onEdt(() -> scroll.getHorizontalScrollBar().isVisible())).isFalse();
    }

    @Test
    void aRowLongerThanTheScreenNeedsNoScrollingAndIsWholeInItsTooltipAndText() throws Exception {
        System.setProperty(ScreenArea.SIMULATED, "320x400");
        open(300);
        onEdt(() -> {
            rows.addElement("Court");
            rows.addElement(LONG_ROW);
            return null;
        });
        onEdt(() -> null);

        assertThat(onEdt(() -> frame.getWidth())).isLessThanOrEqualTo(320);
        assertThat(onEdt(() -> scroll.getHorizontalScrollBar().isVisible())).isFalse();
        assertThat(onEdt(() -> list.getPreferredSize().width))
                .isLessThanOrEqualTo(onEdt(() -> scroll.getViewport().getExtentSize().width));
        assertThat(onEdt(() -> tooltipOfRow(1))).isEqualTo(LONG_ROW);
        assertThat(onEdt(() -> tooltipOfRow(0))).isNull();
        assertThat(onEdt(() -> list.getAccessibleContext().getAccessibleChild(1).getAccessibleContext()
                .getAccessibleName())).isEqualTo(LONG_ROW);
    }

    private String tooltipOfRow(int index) {
        Rectangle cell = list.getCellBounds(index, index);
        return list.getToolTipText(new MouseEvent(list, MouseEvent.MOUSE_MOVED, 0, 0, cell.x + 5, cell.y + 2, 0, false));
    }

    private void open(int width) throws Exception {
        onEdt(() -> {
            list = new FittedList<>(rows);
            scroll = new JScrollPane(list);
            frame = new JFrame("FittedList");
            frame.add(scroll);
            frame.setBounds(0, 0, width, 200);
            frame.setVisible(true);
            frame.validate();
            return null;
        });
    }

    private static <T> T onEdt(Callable<T> query) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(query.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
