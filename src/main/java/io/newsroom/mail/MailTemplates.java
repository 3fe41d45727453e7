package io.newsroom.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a message's two parts from {@code templates/<name>.html} and {@code templates/<name>.txt}. */
@Component
public class MailTemplates {

    private final ITemplateEngine html;
    private final SpringTemplateEngine text = new SpringTemplateEngine();

    MailTemplates(ITemplateEngine html, MessageSource messages) {
        this.html = html;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        text.setTemplateResolver(resolver);
        text.setTemplateEngineMessageSource(messages);
    }

    public record Parts(String text, String html) {
    }

    public Parts render(String template, Map<String, Object> model, Locale locale) {
        var context = new Context(locale, model);
        return new Parts(text.process(template, context), html.process(template, context));
    }
}
