package fr.missive.app.contacts.importing;

import java.time.Instant;

/**
 * What a file looked like when it was inspected, so an import can tell that the file was
 * replaced or edited since the user chose the mapping from its preview.
 *
 * @param crc32 CRC-32 of every byte of the file, byte order mark included
 */
public record FileFingerprint(long size, Instant lastModified, long crc32) {
}
