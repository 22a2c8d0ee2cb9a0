package fr.missive.app.letters.mailing;

import java.util.Optional;

/**
 * What a user chose last in "Print or e-mail a letter", offered again the next time: the output,
 * the folder, the attach/inline choices, the paper copy, the account and the signature. Never a
 * request for a read receipt: asking every family for one must be a choice made each time.
 *
 * @param output      "EMAIL", "PRINTER" or "FOLDER", as the dialog names its outputs
 * @param folder      the folder for PDF files, possibly blank
 * @param printCopyTo where the paper copy of an e-mailing goes: "PRINTER" or "FOLDER"
 * @param accountId   the sending account, if one was chosen
 * @param signatureId the signature: empty for the account's default, {@link #NO_SIGNATURE} for none
 */
public record MailingChoices(String output, String folder, boolean attachPdf, boolean inline, boolean printCopy,
                             String printCopyTo, Optional<Long> accountId, Optional<Long> signatureId) {

    /** The signature id that stands for "no signature". */
    public static final long NO_SIGNATURE = 0L;

    public MailingChoices {
        output = output == null ? "" : output;
        folder = folder == null ? "" : folder;
        printCopyTo = printCopyTo == null ? "" : printCopyTo;
        accountId = accountId == null ? Optional.empty() : accountId;
        signatureId = signatureId == null ? Optional.empty() : signatureId;
    }
}
