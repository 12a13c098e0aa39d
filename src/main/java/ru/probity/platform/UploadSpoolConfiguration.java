package ru.probity.platform;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart uploads: the limits and the in-memory threshold of {@code spring.servlet.multipart.*},
 * but parts above the threshold go to this process's {@link UploadSpool} in the data directory,
 * never to the system's temp folder (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(MultipartProperties.class)
class UploadSpoolConfiguration {

    @Bean(destroyMethod = "close")
    UploadSpool uploadSpool(ProbityProperties properties) {
        return UploadSpool.open(properties.dataDir());
    }

    /** Replaces Spring Boot's own (it backs off when this bean exists). */
    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, UploadSpool spool) {
        MultipartConfigElement configured = multipart.createMultipartConfig();
        return new MultipartConfigElement(
                spool.directory().toString(),
                configured.getMaxFileSize(),
                configured.getMaxRequestSize(),
                configured.getFileSizeThreshold());
    }
}
