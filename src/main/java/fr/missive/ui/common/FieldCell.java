package fr.missive.ui.common;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * One input of a form with the place for its error under it. An error outlines the input in
 * red (FlatLaf's {@code JComponent.outline}) and says what to change right below it, where
 * the eye already is. The red is not all: the error line is an alert a screen reader reads
 * out when it appears, and the input's description says the error while it stands.
 */
public final class FieldCell extends JPanel {

    private final JComponent input;
    private final JComponent outlined;
    private final JLabel error = new LiveLabel(LiveLabel.Urgency.ALERT);
    /** The input's own description, given back when the error is cleared. */
    private String description;
    private boolean describingError;

    /**
     * @param input    the component that gets the focus, named {@code name}
     * @param outlined the component drawn in red: the input, or the scroll pane around it
     */
    public FieldCell(String name, JComponent input, JComponent outlined) {
        super(new MigLayout("insets 0, gap 0 2, wrap 1, hidemode 3, fill", "[grow,fill]", "[][]"));
        this.input = input;
        this.outlined = outlined;
        input.setName(name);
        error.setName(name + ".error");
        error.putClientProperty(FlatClientProperties.STYLE, "foreground: $Component.error.focusedBorderColor; font: -1");
        error.setVisible(false);
        add(outlined, outlined == input ? "growx" : "grow, push");
        add(error);
    }

    public FieldCell(String name, JComponent input) {
        this(name, input, input);
    }

    public JComponent input() {
        return input;
    }

    public void showError(String text) {
        outlined.putClientProperty(FlatClientProperties.OUTLINE, FlatClientProperties.OUTLINE_ERROR);
        if (!describingError) {
            description = ReadAloud.description(input);
            describingError = true;
        }
        ReadAloud.described(input, text);
        error.setText(text);
        error.setVisible(true);
        revalidate();
    }

    public void clearError() {
        outlined.putClientProperty(FlatClientProperties.OUTLINE, null);
        if (describingError) {
            ReadAloud.described(input, description);
            describingError = false;
        }
        error.setText("");
        error.setVisible(false);
        revalidate();
    }

    public boolean hasError() {
        return error.isVisible();
    }

    /** The input's baseline, so a form's label lines up with the text and not with the cell's middle. */
    @Override
    public int getBaseline(int width, int height) {
        if (!outlined.isVisible()) {
            return -1;
        }
        // Never narrower than the input wants: an HTML text (a wrapped checkbox) refuses a width
        // below its insets, which a hidden or not yet laid out cell may be given.
        Dimension preferred = outlined.getPreferredSize();
        int baseline = outlined.getBaseline(Math.max(width, preferred.width), preferred.height);
        return baseline < 0 ? -1 : getInsets().top + baseline;
    }

    @Override
    public Component.BaselineResizeBehavior getBaselineResizeBehavior() {
        return outlined == input ? Component.BaselineResizeBehavior.CONSTANT_ASCENT
                : Component.BaselineResizeBehavior.OTHER;
    }
}
