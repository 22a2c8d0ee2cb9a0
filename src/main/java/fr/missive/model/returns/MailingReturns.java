package fr.missive.model.returns;

/**
 * How many of a mailing's letters (the messages queued together) came back: a letter came back
 * when one of its recipients bounced, or is still delayed.
 *
 * @param letters the messages of the mailing
 * @param bounced those one of whose recipients bounced
 * @param delayed those not bounced, one of whose recipients is still delayed
 */
public record MailingReturns(int letters, int bounced, int delayed) {

    public MailingReturns {
        if (letters < 1 || bounced < 0 || delayed < 0 || bounced + delayed > letters) {
            throw new IllegalArgumentException("letters " + letters + ", bounced " + bounced + ", delayed " + delayed);
        }
    }

    /** The letters that came back: bounced or still delayed. */
    public int cameBack() {
        return bounced + delayed;
    }
}
