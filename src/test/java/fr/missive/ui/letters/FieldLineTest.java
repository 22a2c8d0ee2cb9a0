package fr.missive.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.ui.GuiTestExtension;
import java.awt.event.KeyEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JTextField;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one-line text of the print-or-e-mail dialog shows fields by their label and gives them back
 * as codes; a real window driven by the keyboard proves a field cannot be broken: Backspace takes
 * it whole, the caret steps over it, typing inside it types after it, and {{ offers the fields.
 */
@ExtendWith(GuiTestExtension.class)
class FieldLineTest {

    private FieldLine line;

    private JTextComponentFixture open(Robot robot, String codes) {
        JFrame frame = GuiActionRunner.execute(() -> {
            JTextField text = new JTextField(40);
            text.setName("line");
            line = new FieldLine(text);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("first_name", "Prénom");
            fields.put("last_name", "Nom");
            fields.put("date_rdv", "Date du rendez-vous");
            line.setFields(fields);
            line.setCodes(codes);
            JFrame f = new JFrame("FieldLine");
            f.setName("fieldLineFrame");
            f.add(text);
            f.pack();
            return f;
        });
        FrameFixture window = new FrameFixture(robot, frame);
        window.show();
        JTextComponentFixture text = window.textBox("line");
        text.focus();
        return text;
    }

    private String codes() {
        return GuiActionRunner.execute(() -> line.codes());
    }

    @Test
    void showsLabelsAndGivesBackTheSameCodes(Robot robot) {
        JTextComponentFixture text = open(robot, "Convocation de {{first_name}} {{last_name}} le {{date_rdv}}");

        assertThat(text.text()).isEqualTo("Convocation de «Prénom» «Nom» le «Date du rendez-vous»");
        assertThat(codes()).isEqualTo("Convocation de {{first_name}} {{last_name}} le {{date_rdv}}");
    }

    @Test
    void unknownCodesAndTypedGuillemetsStayAsTheyAre(Robot robot) {
        JTextComponentFixture text = open(robot, "{{prenon}} « parents » «Prénom»");

        assertThat(text.text()).isEqualTo("{{prenon}} « parents » «Prénom»");
        assertThat(codes()).isEqualTo("{{prenon}} « parents » {{first_name}}");
    }

    @Test
    void backspaceRemovesAFieldWholeAndTheCaretStepsOverIt(Robot robot) {
        JTextComponentFixture text = open(robot, "Absence de {{first_name}}");
        GuiActionRunner.execute(() -> text.target().setCaretPosition(text.target().getText().length()));

        robot.pressAndReleaseKeys(KeyEvent.VK_LEFT);
        assertThat(GuiActionRunner.execute(() -> text.target().getCaretPosition())).isEqualTo("Absence de ".length());
        robot.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        robot.pressAndReleaseKeys(KeyEvent.VK_BACK_SPACE);

        assertThat(text.text()).isEqualTo("Absence de ");
        assertThat(codes()).isEqualTo("Absence de ");
    }

    @Test
    void textTypedInsideAFieldGoesAfterIt(Robot robot) {
        JTextComponentFixture text = open(robot, "{{last_name}}");
        GuiActionRunner.execute(() -> {
            text.target().getDocument().insertString(2, "x", null);
            return null;
        });

        assertThat(text.text()).isEqualTo("«Nom»x");
        assertThat(codes()).isEqualTo("{{last_name}}x");
    }

    @Test
    void typingTwoBracesOffersTheFieldsByTheirLabel(Robot robot) {
        JTextComponentFixture text = open(robot, "Lettre ");
        GuiActionRunner.execute(() -> text.target().setCaretPosition(text.target().getText().length()));

        robot.enterText("{{");
        robot.waitForIdle();
        robot.click(robot.finder().findByName("field.last_name", javax.swing.JMenuItem.class, true));

        assertThat(text.text()).isEqualTo("Lettre «Nom»");
        assertThat(codes()).isEqualTo("Lettre {{last_name}}");
    }
}
