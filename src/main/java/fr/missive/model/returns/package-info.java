/**
 * What comes back after a message left: delivery reports (bounces, delays, delivery notices) and
 * read receipts, as plain values. The mail layer reads them out of a mailbox ({@code mail.returns}),
 * the application matches them to the sent log and the contacts ({@code app.returns}).
 */
package fr.missive.model.returns;
