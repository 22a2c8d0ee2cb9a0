package fr.missive.app.compose;

import fr.missive.app.signatures.SignatureService;

/** Writing to contacts: e-mails and documents for everyone, their saved texts and the signatures. */
public record ComposeUseCases(SignatureService signatures, MessageTemplateService messageTemplates,
                              EmailSending emailSending, DocumentSending documentSending) {
}
