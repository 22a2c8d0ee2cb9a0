package fr.missive.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.missive.model.MissiveException;
import fr.missive.model.accounts.AccountKind;
import fr.missive.model.accounts.SettingsSource;
import fr.missive.model.mail.SendResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Institution accounts confirm their address with a code sent through their own server (GreenMail). */
class AccountVerificationTest {

    private static final Pattern CODE = Pattern.compile("Verification code: (\\d{6})");

    @TempDir
    Path folder;

    private AccountsFixture f;
    private GreenMailServer server;

    @BeforeEach
    void open() {
        f = new AccountsFixture(folder);
        server = new GreenMailServer();
        f.accounts.saveAnyway(f.admin, new AccountDraft(AccountKind.INSTITUTION, "Secrétariat",
                GreenMailServer.ADDRESS, SettingsSource.OWN, null, server.draft(GreenMailServer.PASSWORD), null, false,
                List.of("Paul Durand"), null));
    }

    @AfterEach
    void close() {
        server.close();
        f.close();
    }

    private String sendAndReadCode() {
        SendResult result = f.verification.sendCode(f.admin, "Secrétariat", f.messages);
        assertThat(result).isInstanceOf(SendResult.Sent.class);
        var received = server.greenMail.getReceivedMessages();
        Matcher m = CODE.matcher(GreenMailUtil.getBody(received[received.length - 1]));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String errorKey(Runnable action) {
        try {
            action.run();
        } catch (MissiveException e) {
            return e.userMessage().key();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void theCodeSentToTheAddressVerifiesTheAccount() throws Exception {
        assertThat(f.accounts.require(f.admin, "Secrétariat").verified()).isFalse();
        String code = sendAndReadCode();

        f.verification.verify(f.admin, "Secrétariat", code);

        assertThat(f.accounts.require(f.admin, "Secrétariat").verified()).isTrue();
        assertThat(server.greenMail.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo(GreenMailServer.ADDRESS);
    }

    @Test
    void aWrongCodeIsRefusedAndFiveWrongCodesCancelIt() {
        String code = sendAndReadCode();
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 1; i < AccountVerification.MAX_FAILURES; i++) {
            assertThat(errorKey(() -> f.verification.verify(f.admin, "Secrétariat", wrong)))
                    .isEqualTo("accounts.verify.wrongCode");
        }
        assertThat(errorKey(() -> f.verification.verify(f.admin, "Secrétariat", wrong)))
                .isEqualTo("accounts.verify.tooManyFailures");
        assertThat(errorKey(() -> f.verification.verify(f.admin, "Secrétariat", code)))
                .isEqualTo("accounts.verify.noCode");
        assertThat(f.accounts.require(f.admin, "Secrétariat").verified()).isFalse();
    }

    @Test
    void aCodeExpiresAfterThirtyMinutes() {
        String code = sendAndReadCode();
        f.clock.advance(Duration.ofMinutes(30).plusSeconds(1));

        assertThat(errorKey(() -> f.verification.verify(f.admin, "Secrétariat", code)))
                .isEqualTo("accounts.verify.expired");
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        String first = sendAndReadCode();
        String second = sendAndReadCode();
        if (!first.equals(second)) {
            assertThat(errorKey(() -> f.verification.verify(f.admin, "Secrétariat", first)))
                    .isEqualTo("accounts.verify.wrongCode");
        }
        f.verification.verify(f.admin, "Secrétariat", second);
        assertThat(f.accounts.require(f.admin, "Secrétariat").verified()).isTrue();
    }

    @Test
    void onlyAnAdministratorVerifies() {
        assertThatThrownBy(() -> f.verification.sendCode(f.paul, "Secrétariat", f.messages))
                .isInstanceOfSatisfying(MissiveException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("users.adminOnly"));
    }
}
