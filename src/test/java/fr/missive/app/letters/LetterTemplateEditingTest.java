package fr.missive.app.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.missive.DataFolderExtension;
import fr.missive.app.OpenDataFolder;
import fr.missive.model.ChangedMeanwhileException;
import fr.missive.model.Versioned;
import fr.missive.model.letters.Category;
import fr.missive.model.letters.LetterTemplate;
import fr.missive.model.letters.StoredTemplate;
import fr.missive.model.users.Role;
import fr.missive.model.users.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The letters window's save through the service: it names the version the editor started from,
 * and gets back the version the next save must name.
 */
@ExtendWith(DataFolderExtension.class)
class LetterTemplateEditingTest {

    private static final User CLAIRE = new User(1L, "Claire Martin", null, Role.ADMIN, null);
    private static final User MARC = new User(2L, "Marc Petit", null, Role.STAFF, null);

    private LetterTemplateService templates;

    @BeforeEach
    void open(OpenDataFolder services) {
        templates = services.letters().templates();
    }

    @Test
    void aSaveReturnsTheVersionTheNextSaveNamesAndAStaleOneIsRefused() {
        Versioned<StoredTemplate> created = templates.save(CLAIRE, null, letter("Bonjour"), null);
        assertThat(created.version()).isEqualTo(templates.findForEditing(created.value().id()).orElseThrow().version());
        long id = created.value().id();

        Versioned<StoredTemplate> claireSaved = templates.save(CLAIRE, id, letter("Bonjour Claire"),
                created.version().number());
        assertThat(claireSaved.version()).isEqualTo(templates.findForEditing(id).orElseThrow().version());

        assertThatThrownBy(() -> templates.save(MARC, id, letter("Bonjour Marc"), created.version().number()))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class,
                        e -> assertThat(e.current().changedBy()).isEqualTo("Claire Martin"));
        templates.save(CLAIRE, id, letter("Bonjour encore"), claireSaved.version().number());
        assertThat(templates.findForEditing(id).orElseThrow().value().template().body()).isEqualTo("Bonjour encore");
    }

    private static LetterTemplate letter(String body) {
        return new LetterTemplate("Convocation", Category.CONVOCATION, "Convocation", body, List.of());
    }
}
