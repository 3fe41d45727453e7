package io.newsroom.wordpress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import io.newsroom.media.Image;
import io.newsroom.media.ImageRejectedException;
import io.newsroom.media.MediaLibrary;

import org.springframework.stereotype.Component;

/**
 * Takes the export's images from its uploaded media (a ZIP of wp-content/uploads, or of any folder
 * above the year folders), read as a stream, each checked and re-encoded as any upload is.
 */
@Component
class ImportedImages {

    private final MediaLibrary library;

    ImportedImages(MediaLibrary library) {
        this.library = library;
    }

    /** The images stored, by their uploads-relative path, with what could not be stored in the report. */
    Map<String, Image> store(InputStream zip, Set<String> wanted, String by, Report.Builder report) throws IOException {
        var stored = new HashMap<String, Image>();
        try (var entries = new ZipInputStream(zip)) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String path = Survey.uploadsPath(entry.getName());
                if (entry.isDirectory() || !wanted.contains(path) || stored.containsKey(path)) {
                    continue;
                }
                try {
                    stored.put(path, library.store(fileName(path), -1, unclosable(entries), by));
                    report.images++;
                } catch (ImageRejectedException rejected) {
                    report.imageProblems.add(path + ": not imported (" + rejected.messageKey().replace("media.rejected.", "")
                            .replace('-', ' ') + ")");
                }
            }
        } catch (ZipException e) {
            report.imageProblems.add("The media file is not a readable ZIP (" + e.getMessage() + "); no image was taken from it");
        }
        for (String path : wanted) {
            if (!stored.containsKey(path) && Survey.isImage(path)) {
                report.imageProblems.add(path + ": not in the uploaded media");
            }
        }
        return stored;
    }

    /** How the posts find their images: by WordPress address, or by attachment id. */
    static WordPressHtml.Images lookup(Map<String, Image> stored, Survey survey) {
        return new WordPressHtml.Images() {
            @Override
            public Optional<String> byUrl(String url) {
                int at = url.indexOf("wp-content/uploads/");
                return at < 0 ? Optional.empty()
                        : Optional.ofNullable(stored.get(Survey.originalPath(url.substring(at)))).map(i -> i.src(1600));
            }

            @Override
            public Optional<String> byAttachmentId(long id) {
                return survey.attachment(id).map(a -> stored.get(a.path())).map(i -> i.src(1600));
            }
        };
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The library closes what it reads; the ZIP must stay open for the next entry. */
    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the next entry follows
            }
        };
    }
}
