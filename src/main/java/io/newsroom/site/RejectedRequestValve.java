package io.newsroom.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.newsroom.settings.SettingsLookup;
import io.newsroom.web.SecurityHeaders;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Answers the requests Tomcat refuses before the application sees them (a lone {@code %}, an
 * encoded slash or NUL, bytes that are not UTF-8) with the site's own error page instead of
 * Tomcat's.
 */
class RejectedRequestValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequestValve.class);

    private final ITemplateEngine templates;
    private final SettingsLookup settings;

    RejectedRequestValve(ITemplateEngine templates, SettingsLookup settings) {
        this.templates = templates;
        this.settings = settings;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var site = settings.current();
        var page = new Context(site.language(), Map.of("site", site, "status", status,
                "kind", SiteErrorController.kindOf(status)));
        try {
            String html = templates.process("error/rejected", page);
            SecurityHeaders.writeTo(response);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(html);
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the error page for a refused request", e);
        }
    }
}
