package fr.missive.model.returns;

/** The shape of a report as it arrived, kept so that a wrongly read report can be traced to its reader. */
public enum ReportFormat {
    /** RFC 3464 {@code multipart/report; report-type=delivery-status}, as Postfix, Exim, Exchange and Gmail send. */
    DSN,
    /** RFC 8098 {@code multipart/report; report-type=disposition-notification}: a read receipt. */
    MDN,
    /** A plain-text bounce without a delivery-status part (qmail's QSBMF, older Exim, some gateways). */
    PLAIN_TEXT
}
