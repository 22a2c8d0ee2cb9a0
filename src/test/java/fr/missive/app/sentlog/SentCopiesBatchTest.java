package fr.missive.app.sentlog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.app.accounts.ImapDraft;
import fr.missive.app.outbox.MailContent;
import fr.missive.model.EmailAddress;
import fr.missive.model.mail.Security;
import fr.missive.model.sentlog.ImapCopyState;
import fr.missive.model.sentlog.SentEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copies into the Sent folder of a whole batch, as the delivery journal records it, marked
 * in one go: those of an account that copies its sent mail are to be made, the others' are not.
 */
class SentCopiesBatchTest {

    @TempDir
    Path folder;

    @Test
    void aBatchToldAtOnceMarksTheCopiesOfTheAccountsThatMakeThemOnly() {
        ImapDraft imap = new ImapDraft("127.0.0.1", 1, Security.NONE, "paul", "secret".toCharArray(), "Envoyés");
        try (SentLogFixture f = new SentLogFixture(folder, 1, imap)) {
            long paul1 = queue(f, f.staff, "Paul", "famille.dupont@college-test.fr");
            long office = queue(f, f.staff, "Paul", "famille.martin@college-test.fr");
            long paul2 = queue(f, f.staff, "Paul", "famille.nguyen@college-test.fr");
            Map<Long, Long> batch = new LinkedHashMap<>();
            for (long id : List.of(paul1, office, paul2)) {
                f.outboxStore.markSent(id, Instant.now(), "250 2.0.0 Ok", List.of());
                batch.put(id, f.outboxStore.find(id).orElseThrow().accountId());
            }
            // Told as the Direction's, an account without IMAP settings: no copy to make.
            batch.put(office, f.direction.id());

            f.copies.sentAll(batch);

            assertThat(copy(f, paul1)).isEqualTo(ImapCopyState.PENDING);
            assertThat(copy(f, paul2)).isEqualTo(ImapCopyState.PENDING);
            assertThat(copy(f, office)).as("the Direction's account has no Sent folder to copy to")
                    .isEqualTo(ImapCopyState.NONE);
        }
    }

    private static ImapCopyState copy(SentLogFixture f, long id) {
        SentEntry entry = f.log.require(f.admin, id);
        return entry.imapCopy();
    }

    private static long queue(SentLogFixture f, fr.missive.model.users.User user, String account, String to) {
        return f.outbox.queue(user, account, List.of(MailContent.plain(List.of(EmailAddress.parse(to)),
                "Bulletin du 1er trimestre", "Madame, Monsieur,\nvoici le bulletin.\n", List.of()))).get(0);
    }
}
