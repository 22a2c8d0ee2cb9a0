package fr.missive.app.shared;

/** One PC of the school's list, as an administrator sees it. */
public record SchoolPc(String name, String role, State state) {

    public enum State { WAITING, JOINED, REVOKED }
}
