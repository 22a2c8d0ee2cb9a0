/**
 * SMTP settings, messages and diagnoses as values: no I/O. {@link
 * fr.missive.model.mail.SmtpSettings} and {@link fr.missive.model.mail.PlainTextMessage} are
 * only ever built valid (a {@link fr.missive.model.mail.MailInputException} lists every field
 * at fault, with the keys {@code mail.problem.*}); a {@link fr.missive.model.mail.Diagnosis}
 * carries its sentence key {@code diagnosis.<KIND>}, the form field at fault and the
 * one-click {@link fr.missive.model.mail.SuggestedFix fixes}.
 */
package fr.missive.model.mail;
