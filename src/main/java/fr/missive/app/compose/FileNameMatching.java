package fr.missive.app.compose;

import fr.missive.model.UserMessage;
import fr.missive.model.contacts.Contact;
import fr.missive.model.text.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which file of a folder goes to which recipient: the one whose name holds the recipient's
 * last name and first name, in either order, case, accents and separators ignored
 * ("DUPONT_Marie_bulletin.pdf", "bulletin-marie-dupont.pdf" and "Dupont Marie.pdf" are all
 * Marie Dupont's). A name may also be written run together ("LEGOFF_Anne" for Anne Le Goff).
 *
 * <p>When several recipients' names are in one file name, the longest names win: the file
 * "DUPONT_Marie-Claire" goes to Marie-Claire Dupont, not to her sister Marie. A recipient left
 * with no file, or with several, gets none, and neither do two recipients left with the same
 * file (namesakes): sending a report card to the wrong family is worse than sending none.
 */
public final class FileNameMatching {

    /**
     * One recipient's outcome: {@code file} when exactly one file is theirs, else {@code problem}
     * says why none is sent ({@code document.skipped.*}).
     */
    public record Outcome(Contact contact, String file, UserMessage problem) {

        public boolean matched() {
            return file != null;
        }
    }

    /** @param unmatchedFiles the files whose name holds no recipient's name, in name order */
    public record Result(List<Outcome> outcomes, List<String> unmatchedFiles) {

        public Result {
            outcomes = List.copyOf(outcomes);
            unmatchedFiles = List.copyOf(unmatchedFiles);
        }
    }

    private FileNameMatching() {
    }

    /** Matches each contact (in their order) with the file names (extension included, no folder). */
    public static Result match(List<Contact> contacts, List<String> fileNames) {
        List<String> files = fileNames.stream().sorted().toList();
        List<List<String>> fileTokens = files.stream().map(f -> tokens(withoutExtension(f))).toList();
        // Only the files holding a recipient's last name are looked at closely: a school's
        // folder has as many files as pupils.
        Map<String, Set<Integer>> filesByWord = new HashMap<>();
        for (int f = 0; f < files.size(); f++) {
            for (String word : fileTokens.get(f)) {
                filesByWord.computeIfAbsent(word, w -> new TreeSet<>()).add(f);
            }
        }
        // For each file, the recipients with the longest name found in it.
        int[] best = new int[files.size()];
        List<List<Integer>> claimants = new ArrayList<>();
        files.forEach(f -> claimants.add(new ArrayList<>()));
        List<Name> names = contacts.stream().map(Name::of).toList();
        for (int c = 0; c < names.size(); c++) {
            Name name = names.get(c);
            if (name.isIncomplete()) {
                continue;
            }
            Set<Integer> candidates = new TreeSet<>(filesByWord.getOrDefault(name.last().get(0), Set.of()));
            candidates.addAll(filesByWord.getOrDefault(String.join("", name.last()), Set.of()));
            for (int f : candidates) {
                int strength = name.strengthIn(fileTokens.get(f));
                if (strength > 0 && strength >= best[f]) {
                    if (strength > best[f]) {
                        claimants.get(f).clear();
                        best[f] = strength;
                    }
                    claimants.get(f).add(c);
                }
            }
        }
        List<List<Integer>> filesOf = new ArrayList<>();
        contacts.forEach(c -> filesOf.add(new ArrayList<>()));
        List<String> unmatched = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            for (int c : claimants.get(f)) {
                filesOf.get(c).add(f);
            }
            if (claimants.get(f).isEmpty()) {
                unmatched.add(files.get(f));
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int c = 0; c < contacts.size(); c++) {
            outcomes.add(outcome(c, contacts, names.get(c), files, filesOf.get(c), claimants));
        }
        return new Result(outcomes, unmatched);
    }

    private static Outcome outcome(int c, List<Contact> contacts, Name name, List<String> files, List<Integer> theirs,
                                   List<List<Integer>> claimants) {
        Contact contact = contacts.get(c);
        if (name.isIncomplete()) {
            return new Outcome(contact, null, UserMessage.of("document.skipped.noName"));
        }
        if (theirs.isEmpty()) {
            return new Outcome(contact, null, UserMessage.of("document.skipped.noFile"));
        }
        if (theirs.size() > 1) {
            return new Outcome(contact, null, UserMessage.of("document.skipped.severalFiles",
                    String.join(", ", theirs.stream().map(files::get).toList())));
        }
        int file = theirs.get(0);
        List<String> others = claimants.get(file).stream().filter(o -> o != c)
                .map(o -> contacts.get(o).displayName()).distinct().toList();
        if (!others.isEmpty()) {
            return new Outcome(contact, null, UserMessage.of("document.skipped.sharedFile", files.get(file),
                    String.join(", ", others)));
        }
        return new Outcome(contact, files.get(file), null);
    }

    /** "bulletin.v2.pdf" without ".pdf"; a name starting with a dot keeps it. */
    static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** The words of a name, folded: "Jean-Pierre D'ARC" gives jean, pierre, d, arc. */
    static List<String> tokens(String text) {
        String folded = Folding.name(text);
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char ch = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(ch)) {
                word.append(ch);
            } else if (!word.isEmpty()) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        }
        return tokens;
    }

    /** A recipient's last and first names as words. */
    private record Name(List<String> last, List<String> first) {

        static Name of(Contact contact) {
            return new Name(tokens(contact.lastName()), tokens(contact.firstName()));
        }

        boolean isIncomplete() {
            return last.isEmpty() || first.isEmpty();
        }

        /**
         * How much of a file name this name covers (its letters), or 0 when the file name does not
         * hold both names, each at its own place.
         */
        int strengthIn(List<String> fileTokens) {
            if (isIncomplete()) {
                return 0;
            }
            for (int[] l : places(last, fileTokens)) {
                for (int[] f : places(first, fileTokens)) {
                    if (l[1] <= f[0] || f[1] <= l[0]) {
                        return String.join("", last).length() + String.join("", first).length();
                    }
                }
            }
            return 0;
        }

        /** Where the words stand in the file name, as [start, end): one after the other, or run together. */
        private static List<int[]> places(List<String> words, List<String> fileTokens) {
            List<int[]> places = new ArrayList<>();
            String joined = String.join("", words);
            for (int i = 0; i < fileTokens.size(); i++) {
                if (words.size() > 1 && fileTokens.get(i).equals(joined)) {
                    places.add(new int[] {i, i + 1});
                }
                if (i + words.size() <= fileTokens.size() && fileTokens.subList(i, i + words.size()).equals(words)) {
                    places.add(new int[] {i, i + words.size()});
                }
            }
            return places;
        }
    }
}
