package ru.probity.platform;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static resources, mapped by their own paths only: our stylesheet, script and icon (with a
 * content hash in their URLs) and the webjars (with their versions). Boot's default mapping of
 * {@code /**} is off ({@code spring.web.resources.add-mappings=false}): with it every URL a page
 * writes — twenty answer forms on a test — was looked up as a possible resource in the jar on each
 * render, and a miss is never cached; that was most of the CPU under the exam load
 * (docs/benchmarks-exams.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        own(registry, "/css/**", "classpath:/static/css/");
        own(registry, "/js/**", "classpath:/static/js/");
        own(registry, "/favicon.svg", "classpath:/static/");
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(A_YEAR)
                .resourceChain(true);
    }

    private static void own(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
