package io.newsroom.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a feature adds to the model of every page that is rendered (the layout's company and
 * language links, the admin header's counts), beside what the page's controller put there.
 * {@link PageModels} asks once a handler has chosen a view to render, so a request that renders
 * none (robots.txt, a feed, a download, JSON, a redirect) costs nothing here. What the controller
 * set itself is kept: a feature adds only what the model lacks.
 */
public interface PageModel {

    /** Adds this feature's attributes for the page about to be rendered. */
    void addTo(HttpServletRequest request, Locale locale, Map<String, Object> model);
}
