package io.newsroom.wordpress;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: every post imported or skipped (and why), what changed in a post's text, and
 * what became of its images. Kept with the upload, as JSON, and shown after the import.
 *
 * @param failure why nothing was imported, or null
 */
public record Report(List<Imported> imported, List<Skipped> skipped, List<Note> notes, int images,
                     List<String> imageProblems, String failure) {

    public record Imported(long id, String title, String slug, String status, String oldLink) {
    }

    public record Skipped(String title, String reason) {
    }

    public record Note(String title, String note) {
    }

    /** Collects a report while the import runs. */
    static final class Builder {
        final List<Imported> imported = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        final List<String> imageProblems = new ArrayList<>();
        int images;

        void skip(String title, String reason) {
            skipped.add(new Skipped(title, reason));
        }

        void note(String title, String note) {
            notes.add(new Note(title, note));
        }

        Report build() {
            return new Report(imported, skipped, notes, images, imageProblems, null);
        }

        /** Nothing was imported (the transaction rolled back): only the images stored before stay. */
        Report failed(String why) {
            return new Report(List.of(), skipped, List.of(), images, imageProblems, why);
        }
    }
}
