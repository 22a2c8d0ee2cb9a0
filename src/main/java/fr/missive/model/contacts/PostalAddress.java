package fr.missive.model.contacts;

import java.util.ArrayList;
import java.util.List;

/**
 * A postal address as printed in the window of an envelope: up to three street lines, then
 * postcode and city, then the country when it is not the school's own.
 */
public record PostalAddress(List<String> lines, String postcode, String city, String country) {

    public static final int MAX_LINES = 3;
    public static final PostalAddress EMPTY = new PostalAddress(List.of(), "", "", "");

    public PostalAddress {
        List<String> kept = new ArrayList<>();
        if (lines != null) {
            for (String line : lines) {
                if (line != null && !line.isBlank()) {
                    kept.add(line.strip());
                }
            }
        }
        if (kept.size() > MAX_LINES) {
            throw new IllegalArgumentException("at most " + MAX_LINES + " address lines");
        }
        lines = List.copyOf(kept);
        postcode = postcode == null ? "" : postcode.strip();
        city = city == null ? "" : city.strip();
        country = country == null ? "" : country.strip();
    }

    public String line(int index) {
        return index < lines.size() ? lines.get(index) : "";
    }

    public boolean isEmpty() {
        return lines.isEmpty() && postcode.isEmpty() && city.isEmpty();
    }
}
