package io.newsroom.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PageModelConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<PageModel> features;

    PageModelConfiguration(ObjectProvider<PageModel> features) {
        this.features = features;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageModels(features));
    }
}
