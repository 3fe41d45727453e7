package io.newsroom.site;

import io.newsroom.settings.SettingsLookup;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * Puts {@link RejectedRequestValve} where Tomcat's own error report valve would be. Runs last, so
 * that the valve Boot installs is already there to be replaced.
 */
@Component
class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ITemplateEngine> templates;
    private final ObjectProvider<SettingsLookup> settings;

    TomcatErrorPages(ObjectProvider<ITemplateEngine> templates, ObjectProvider<SettingsLookup> settings) {
        this.templates = templates;
        this.settings = settings;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // The host adds its default valve as it starts unless one of this class is present.
            host.setErrorReportValveClass(RejectedRequestValve.class.getName());
            host.getPipeline().addValve(new RejectedRequestValve(templates.getObject(), settings.getObject()));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
