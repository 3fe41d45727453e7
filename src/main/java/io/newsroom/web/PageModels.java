package io.newsroom.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Asks every {@link PageModel} for its attributes when a page is about to be rendered, error pages
 * included. Unlike {@code @ModelAttribute} methods of a {@code @ControllerAdvice}, which Spring
 * invokes (and prepares anew) before every handler, whatever it returns, this runs only for a view.
 */
final class PageModels implements HandlerInterceptor {

    private final ObjectProvider<PageModel> features;
    /** The features' page models, looked up once at the first page (they are beans made after this). */
    private volatile List<PageModel> found;

    PageModels(ObjectProvider<PageModel> features) {
        this.features = features;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || !rendersAPage(page)) {
            return;
        }
        var locale = RequestContextUtils.getLocale(request);
        var model = page.getModel();
        var all = found;
        if (all == null) {
            all = features.orderedStream().toList();
            found = all;
        }
        for (PageModel feature : all) {
            feature.addTo(request, locale, model);
        }
    }

    private static boolean rendersAPage(ModelAndView page) {
        String name = page.getViewName();
        if (name != null) {
            return !name.startsWith("redirect:") && !name.startsWith("forward:");
        }
        View view = page.getView();
        return view != null && !(view instanceof RedirectView);
    }
}
