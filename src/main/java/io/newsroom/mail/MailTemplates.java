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

/** Renders a message's two parts from {@code templates/<name>.html} and {@code templates/<name>.txt}, and its texts. */
@Component
public class MailTemplates {

    private final ITemplateEngine html;
    private final SpringTemplateEngine text = new SpringTemplateEngine();

    private final MessageSource messages;

    MailTemplates(ITemplateEngine html, MessageSource messages) {
        this.html = html;
        this.messages = messages;
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

    /** A text of the message bundles in the recipient's language: a subject, a line. */
    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public Parts render(String template, Map<String, Object> model, Locale locale) {
        var context = new Context(locale, model);
        return new Parts(text.process(template, context), html.process(template, context));
    }
}
