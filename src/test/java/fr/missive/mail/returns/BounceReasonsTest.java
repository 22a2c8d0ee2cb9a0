package fr.missive.mail.returns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.missive.model.returns.BounceReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status codes and servers' words, as real reports write them, say the right reason. */
class BounceReasonsTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "5.1.1  | 550 5.1.1 <a@example.net>: Recipient address rejected: User unknown | UNKNOWN_ADDRESS",
            "5.1.10 | 550 5.1.10 RESOLVER.ADR.RecipientNotFound                            | UNKNOWN_ADDRESS",
            "5.0.0  | 550 user unknown                                                     | UNKNOWN_ADDRESS",
            "-      | Sorry, no mailbox here by that name. (#5.1.1)                        | UNKNOWN_ADDRESS",
            "5.5.0  | 550 Unknown user kijitora@example.ne.jp                              | UNKNOWN_ADDRESS",
            "5.0.0  | 550 Adresse inconnue                                                 | UNKNOWN_ADDRESS",
            "5.1.2  | Host or domain name not found                                        | UNKNOWN_DOMAIN",
            "5.4.4  | Unrouteable address                                                  | UNKNOWN_DOMAIN",
            "-      | Unrouteable address                                                  | UNKNOWN_DOMAIN",
            "5.2.2  | 552 5.2.2 Mailbox full                                               | MAILBOX_FULL",
            "4.2.2  | 452 4.2.2 The email account that you tried to reach is over quota    | MAILBOX_FULL",
            "5.0.0  | 552 Requested mail action aborted: exceeded storage allocation (quota) | MAILBOX_FULL",
            "-      | 552 sorry, mailbox is full                                           | MAILBOX_FULL",
            "5.0.0  | 552 5.2.2 <p@example.net>: mailbox is over quota                     | MAILBOX_FULL",
            "5.2.1  | 550 5.2.1 The email account that you tried to reach is disabled      | MAILBOX_DISABLED",
            "5.0.0  | 550 account has been suspended                                       | MAILBOX_DISABLED",
            "5.7.1  | 554 5.7.1 Message rejected as spam                                   | REFUSED_AS_SPAM",
            "5.7.26 | 550 5.7.26 Unauthenticated email is not accepted (DMARC)             | REFUSED_AS_SPAM",
            "5.0.0  | 554 Blocked - see https://www.spamhaus.org/query/ip/192.0.2.1         | REFUSED_AS_SPAM",
            "5.3.4  | 552 5.3.4 Message size exceeds fixed limit                           | TOO_LARGE",
            "5.0.0  | 552 Message too large                                                | TOO_LARGE",
            "4.4.1  | connect to mx.example.com[192.0.2.25]:25: Connection timed out       | NOT_REACHABLE",
            "4.4.7  | delivery temporarily suspended                                       | NOT_REACHABLE",
            "5.4.7  | Delivery time expired                                                | NOT_REACHABLE",
            "5.0.0  | 550 Administrative prohibition                                       | OTHER",
            "-      | -                                                                    | OTHER",
    })
    void reasonFromStatusAndDiagnostic(String status, String diagnostic, BounceReason expected) {
        assertThat(BounceReasons.of(status, diagnostic)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "550-5.1.1 The email account that you tried to reach does not exist | 5.1.1",
            "Sorry, no mailbox here by that name. (#5.1.1)                      | 5.1.1",
            "host 192.0.2.20 said: 550 5.2.1 closed                             | 5.2.1",
            "192.0.2.32 does not like recipient. Remote host said: 552 full      | -",
            "connect to 5.6.7.8 refused                                          | -",
    })
    void enhancedStatusCodeWrittenInAServersText(String text, String code) {
        assertThat(BounceReasons.codeIn(text).orElse(null)).isEqualTo(code);
    }
}
