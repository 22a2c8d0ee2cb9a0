package fr.missive.app.accounts;

/** The names passwords are kept under in the secret store, one per thing that signs in. */
final class SecretNames {

    static final String WORKSTATION = "workstation:smtp";

    private SecretNames() {
    }

    static String profile(long id) {
        return "profile:" + id + ":smtp";
    }

    static String account(long id) {
        return "account:" + id + ":smtp";
    }

    static String accountImap(long id) {
        return "account:" + id + ":imap";
    }
}
