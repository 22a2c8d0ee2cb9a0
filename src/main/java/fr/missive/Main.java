package fr.missive;

/** Entry point: placeholder until the command line is wired. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("Missive");
    }
}
