/**
 * Reading what comes back after a message left — delivery reports, bounces and read receipts —
 * out of the raw bytes of a received message ({@link fr.missive.mail.returns.ReturnReportReader}),
 * and writing a standard delivery report for the sandbox and the tests.
 */
package fr.missive.mail.returns;
