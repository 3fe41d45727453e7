package io.newsroom.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.newsroom.settings.Site;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A release as a PDF, from the same content as its page: rendered by Thymeleaf, made well-formed
 * by jsoup, laid out by openhtmltopdf. Text only, in the PDF base fonts.
 */
@Component
class ReleasePdf {

    private final ITemplateEngine templates;

    ReleasePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(PublicReleases.ReleasePage page, Site site) {
        String html = templates.process("release/pdf", new Context(site.language(), Map.of("page", page, "site", site,
                "url", site.absolute("/news/" + page.release().getSlug()))));
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(document, site.absolute("/"));
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a PDF", e);
        }
    }
}
