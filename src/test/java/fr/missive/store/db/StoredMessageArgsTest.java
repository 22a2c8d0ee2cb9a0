package fr.missive.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.i18n.Messages;
import fr.missive.model.UserMessage;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@NoDatabase
class StoredMessageArgsTest {

    @Test
    void numbersComeBackAsNumbersAndTextAsText() {
        List<Object> args = Arrays.asList(2.5, 587, 12_345_678_901L, "587", "pierre@example.org", null);

        List<Object> back = StoredMessageArgs.split(StoredMessageArgs.join(args));

        assertThat(back).containsExactly(new BigDecimal("2.5"), 587L, 12_345_678_901L, "587",
                "pierre@example.org", "null");
    }

    @Test
    void aSizeKeptInTheOutboxIsShownWithTheReadersDecimalMark() {
        UserMessage stored = UserMessage.of("outbox.tooLargeForServer", 2.04, 1.0);
        UserMessage read = new UserMessage(stored.key(), StoredMessageArgs.split(StoredMessageArgs.join(stored.args())));

        assertThat(Messages.forLocale(Messages.FRENCH).get(read)).contains("2,0\u00a0Mo").contains("1,0\u00a0Mo");
        assertThat(Messages.forLocale(Messages.ENGLISH).get(read)).contains("2.0 MB").contains("1.0 MB");
    }

    @Test
    void rowsWrittenBeforeNumbersWereMarkedReadBackAsText() {
        assertThat(StoredMessageArgs.split("2.0\u001f1.0")).containsExactly("2.0", "1.0");
        assertThat(StoredMessageArgs.split("")).isEmpty();
        assertThat(StoredMessageArgs.split(null)).isEmpty();
    }

    @Test
    void aNumberWithoutDecimalFormStaysText() {
        assertThat(StoredMessageArgs.split(StoredMessageArgs.join(List.of(Double.NaN)))).containsExactly("NaN");
    }
}
