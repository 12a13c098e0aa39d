package ru.probity.training;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The answer saves of a test in progress: the one request thousands of examinees send at once.
 * It is authorized by the attempt's answer key (a random secret of the attempt, given only to its
 * examinee's page and sent in the {@code X-Attempt-Key} header), checked in the statement that
 * stores the answer. So the save reads no session from the database, deserializes no security
 * context and needs no CSRF token — a page of another site can neither read the key nor set the
 * header. See docs/decisions/0004-attempt-answer-key.md.
 */
@Configuration(proxyBeanMethods = false)
class AnswerChannel {

    @Bean
    @Order(0)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain attemptAnswers(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults()
                        .matcher(HttpMethod.POST, "/training/attempts/*/answers/*"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // nobody is signed in here: no anonymous token, whose details would ask for the session
                .anonymous(anonymous -> anonymous.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }
}
