package io.newsroom.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipInputStream;

import io.newsroom.account.Staff;
import io.newsroom.media.Image;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Previews and runs the import of an uploaded WordPress export. The posts are imported all or
 * nothing, in one transaction; images are taken from the media first (they stay in the media
 * library even if the posts then fail). The report says what was imported, skipped and changed.
 */
@Service
class WordPressImporter {

    private static final Logger log = LoggerFactory.getLogger(WordPressImporter.class);

    private final ImportUploads uploads;
    private final ImportCategories categories;
    private final ImportedImages images;
    private final PostWriter writer;
    private final TransactionOperations transactions;

    WordPressImporter(ImportUploads uploads, ImportCategories categories, ImportedImages images, PostWriter writer,
                      TransactionOperations transactions) {
        this.uploads = uploads;
        this.categories = categories;
        this.images = images;
        this.writer = writer;
        this.transactions = transactions;
    }

    /** Reads an export once, keeping no post's text. */
    Survey survey(ImportUploads.Upload upload) throws WxrReader.Unreadable {
        var survey = new Survey();
        try (InputStream in = uploads.export(upload)) {
            WxrReader.read(in, survey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return survey;
    }

    Preview preview(ImportUploads.Upload upload) throws WxrReader.Unreadable {
        var survey = survey(upload);
        var byStatus = survey.posts.stream().collect(Collectors.groupingBy(Survey.Post::status, LinkedHashMap::new,
                Collectors.counting()));
        var perCategory = survey.posts.stream().flatMap(p -> p.categories().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        var categoryRows = survey.categories.entrySet().stream()
                .map(e -> new Preview.CategoryRow(e.getKey(), e.getValue(), perCategory.getOrDefault(e.getKey(), 0L),
                        categories.suggest(e.getKey(), e.getValue())))
                .toList();
        var rows = survey.posts.stream().map(p -> {
            boolean comes = PostWriter.statusOf(p.status()) != null;
            String slug = PostWriter.slugFor(p.slug(), p.title().isBlank() ? "post" : p.title(), p.wpId()).value();
            return new Preview.PostRow(p.wpId(), p.title(), p.status(), comes ? slug : "", p.date(),
                    comes && writer.addressTaken(slug), p.shortcodes(), p.frames(), comes);
        }).toList();
        var imported = survey.posts.stream().map(Survey.Post::wpId).collect(Collectors.toSet());
        var wanted = survey.wantedPaths(imported);
        int inMedia = upload.hasMedia() ? countInMedia(upload, wanted) : 0;
        return new Preview(survey.siteTitle, survey.siteUrl, survey.posts.size(),
                rows.stream().filter(Preview.PostRow::imported).count(), byStatus, survey.otherTypes,
                survey.attachments.size(), survey.authors.size(), categoryRows,
                rows.stream().limit(Preview.LISTED).toList(), rows.stream().filter(Preview.PostRow::clash).count(),
                (int) wanted.stream().filter(Survey::isImage).count(), inMedia, upload.mediaName());
    }

    /** Runs the import as planned; the report says what happened, or why nothing was imported. */
    Report run(ImportUploads.Upload upload, Options options, Staff staff) throws WxrReader.Unreadable {
        var survey = survey(upload);
        var report = new Report.Builder();
        Map<String, Image> stored = new HashMap<>();
        if (upload.hasMedia()) {
            var postIds = new HashSet<Long>();
            survey.posts.forEach(p -> postIds.add(p.wpId()));
            try (var media = uploads.media(upload)) {
                stored = images.store(media, survey.wantedPaths(postIds), staff.email(), report);
            } catch (IOException e) {
                report.imageProblems.add("The media could not be read: " + e.getMessage());
            }
        }
        var images = stored;
        try {
            transactions.executeWithoutResult(status -> {
                var plan = new PostWriter.Plan(options.keepStatus(), options.skipClashes(),
                        categories.resolve(survey.usedCategories(), options.categories(), staff),
                        categories.fallback(options.fallback()), options.language(), options.korean(), staff);
                try (InputStream in = uploads.export(upload)) {
                    WxrReader.read(in, item -> writer.write(item, plan, survey, images, report));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (WxrReader.Unreadable e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            log.warn("A WordPress import failed and was rolled back", e);
            var failed = report.failed("Nothing was imported: " + e.getMessage());
            uploads.imported(upload.id(), failed);
            return failed;
        }
        var done = report.build();
        uploads.imported(upload.id(), done);
        return done;
    }

    /** What the person importing chose. */
    /** @param korean the newsroom's Korean, or null: posts titled in Hangul come in as Korean */
    record Options(boolean keepStatus, boolean skipClashes, Map<String, String> categories, String fallback,
                   java.util.Locale language, java.util.Locale korean) {
    }

    private int countInMedia(ImportUploads.Upload upload, java.util.Set<String> wanted) {
        return (int) upload.mediaEntries().stream().filter(name -> wanted.contains(Survey.uploadsPath(name))).count();
    }
}
