package fr.missive.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyChangeEvent;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** What assistive technologies are told when a status or an error appears. */
class LiveLabelTest {

    @Test
    void aNewStatusIsFiredAsANameChangeOfAStatusBarInPlainWords() throws Exception {
        List<PropertyChangeEvent> fired = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            LiveLabel status = new LiveLabel(LiveLabel.Urgency.STATUS);
            AccessibleContext context = status.getAccessibleContext();
            context.addPropertyChangeListener(fired::add);
            assertThat(context.getAccessibleRole()).isEqualTo(AccessibleRole.STATUS_BAR);
            status.setText("<html><div style='width:300px'>Envoi terminé : 3 e-mails &amp; 1 lettre</div></html>");
            status.setText("<html><div style='width:300px'>Envoi terminé : 3 e-mails &amp; 1 lettre</div></html>");
        });
        assertThat(fired).filteredOn(e -> e.getPropertyName().equals(AccessibleContext.ACCESSIBLE_NAME_PROPERTY))
                .singleElement().satisfies(e -> assertThat(e.getNewValue())
                        .isEqualTo("Envoi terminé : 3 e-mails & 1 lettre"));
        assertThat(fired).anySatisfy(e -> assertThat(e.getPropertyName())
                .isEqualTo(AccessibleContext.ACCESSIBLE_TEXT_PROPERTY));
    }

    @Test
    void anErrorBandIsAnAlert() throws Exception {
        SwingUtilities.invokeAndWait(() -> assertThat(new LiveLabel(LiveLabel.Urgency.ALERT).getAccessibleContext()
                .getAccessibleRole()).isEqualTo(AccessibleRole.ALERT));
    }

    @Test
    void aFieldInErrorSaysItsErrorAfterItsNameAndGetsItsDescriptionBackOnceCorrected() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField port = new JTextField();
            ReadAloud.described(port, "De 1 à 65535");
            FieldCell cell = new FieldCell("port", port);
            cell.showError("Le port doit être un nombre.");
            assertThat(port.getAccessibleContext().getAccessibleDescription()).isEqualTo("Le port doit être un nombre.");
            cell.showError("Le port doit être entre 1 et 65535.");
            cell.clearError();
            assertThat(port.getAccessibleContext().getAccessibleDescription()).isEqualTo("De 1 à 65535");
        });
    }
}
