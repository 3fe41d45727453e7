package io.newsroom.release.api;

import static io.newsroom.pagecache.CacheablePages.page;
import static io.newsroom.pagecache.CacheablePages.searchResults;

import java.util.List;

import io.newsroom.pagecache.CacheablePages;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** The API's answers are the same for everyone: cached and validated like the pages, and CORS as configured. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /** The OpenAPI name of the staff API's bearer token scheme. */
    static final String ACCESS_TOKEN = "accessToken";

    /** @param allowedOrigins sites whose scripts may read the API ({@code *} for any); none by default */
    @ConfigurationProperties("newsroom.api.cors")
    record ApiCorsProperties(@DefaultValue List<String> allowedOrigins) {
    }

    /** What the OpenAPI document ({@code /api/openapi}) and its UI ({@code /api/docs}) say of the API. */
    @Bean
    OpenAPI newsroomOpenApi() {
        return new OpenAPI().info(new Info().title("Newsroom public API").version("v1")
                        .description("The press releases, categories and search of the public newsroom, read-only. "
                                + "Never a draft, an embargoed or a trashed release. Answers are cached (ETag, 304); "
                                + "errors are RFC 9457 problem details. Under /api/v1/staff, the staff API takes "
                                + "a personal access token (Authorization: Bearer) made under Access tokens in the admin."))
                .components(new Components().addSecuritySchemes(ACCESS_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal access token, nwr_…")));
    }

    @Bean
    CacheablePages cacheableApiPages() {
        return CacheablePages.of(
                page("/api/v1/releases", "category", "year", "cursor", "limit"),
                page("/api/v1/releases/{slug}"),
                page("/api/v1/categories"),
                searchResults("/api/v1/search", "q", "page"));
    }

    /**
     * Before the page cache, so that a stored answer gets the CORS headers of each request's origin;
     * registered for the API's addresses only, so no other request passes through it.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> apiCorsFilter(ApiCorsProperties properties) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD"));
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        if (!properties.allowedOrigins().isEmpty()) {
            // none configured: no CORS headers, and requests with an Origin are answered as any other
            source.registerCorsConfiguration("/api/**", cors);
        }
        var registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
