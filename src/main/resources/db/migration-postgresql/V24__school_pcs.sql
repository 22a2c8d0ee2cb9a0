-- The PCs that share a school's database. Each PC connects with its own database role, so revoking
-- one drops that role; the school's secret key reaches each PC wrapped under the PC's own public
-- key, so a new key (after a revocation) reaches every PC still listed and no other.
-- wrapped_key: the school's key encrypted with public_key (RSA-OAEP); key_id: which key that is.
CREATE TABLE school_pc (
    name        VARCHAR(40)     NOT NULL PRIMARY KEY,
    role_name   VARCHAR(63)     NOT NULL,
    public_key  BYTEA CHECK (OCTET_LENGTH(public_key) <= 1024),
    wrapped_key BYTEA CHECK (OCTET_LENGTH(wrapped_key) <= 1024),
    key_id      VARCHAR(64),
    added_at    TIMESTAMP       NOT NULL,
    joined_at   TIMESTAMP,
    revoked_at  TIMESTAMP
);
-- One row: the fingerprint of the school's current secret key, so a join file carrying a key
-- replaced since is told as outdated rather than accepted.
CREATE TABLE school_key (
    id         INTEGER     NOT NULL PRIMARY KEY,
    key_id     VARCHAR(64) NOT NULL,
    changed_at TIMESTAMP   NOT NULL
);
