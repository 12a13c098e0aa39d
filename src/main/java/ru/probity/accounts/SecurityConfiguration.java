package ru.probity.accounts;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages (and the API description at {@code /api/docs} and {@code /api/openapi}): form sign-in, session in PostgreSQL, CSRF,
 * strict headers. API ({@code /api/v1/**}): stateless HTTP Basic with the same accounts and the same
 * authorization in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * The policy of the public pages: the pages' own, except who may frame them — the setting {@code
     * probity.portal.frame-ancestors} (a municipal website embedding its section, docs/portal.md).
     */
    static String publicContentSecurityPolicy(String frameAncestors) {
        return CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors " + frameAncestors);
    }

    /**
     * The API's description (springdoc: the JSON at {@code /api/openapi}, the Swagger UI at {@code
     * /api/docs}, its files under {@code /api/swagger-ui}): a chain of its own that also reads the
     * page session, so a signed-in user opens it from the menu (issue 16); it holds no data, and still
     * needs signing in. The data endpoints stay in the stateless API chain.
     */
    private static final RequestMatcher API_DESCRIPTION = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/docs/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/openapi"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/openapi/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/**"));

    /**
     * Argon2id for new hashes; bcrypt hashes are still accepted and upgraded on change; the salted
     * SHA-256 of one-time passwords Probity generates ({@link OneTimePasswordHash}) is accepted too.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder(),
                        OneTimePasswordHash.ID,
                        new OneTimePasswordHash()));
    }

    /** Sign-in with the throttle, one answer for every refusal and Argon2 once per API client (issue 14). */
    @Bean
    AuthenticationProvider signInProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            SignInLog log,
            VerifiedCredentials verified,
            DirectorySignIn directory) {
        return new SignInProvider(users, encoder, throttle, log, verified, directory);
    }

    /**
     * No Micrometer observation around every security filter: nothing reads them (only health is
     * exposed), and under the exam load they were a tenth of the CPU of each request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    // the filter chains exist only in the web application, not under the jar's batch commands

    /**
     * The API's description: the page session of a signed-in user (the menu's «API», issue 16) or,
     * for an integration's tools, a token or HTTP Basic as on the API; never creates a session.
     * Without any, the browser is sent to the sign-in page.
     */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiDescriptionPages(
            HttpSecurity http, MessageSource messages, ApiTokens tokens, UserDetailsService users) throws Exception {
        http.securityMatcher(API_DESCRIPTION)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Probity"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .addFilterBefore(new ApiTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountGate(messages), AuthorizationFilter.class)
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, ApiTokens tokens, UserDetailsService users)
            throws Exception {
        http.securityMatcher(new AndRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        new NegatedRequestMatcher(API_DESCRIPTION)))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Probity"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new ApiTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountGate(messages), AuthorizationFilter.class)
                .headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * The public reception of reports and the public section ({@code /public/**}): no account, no
     * session (nothing on the server ties a visitor to a report), CSRF still on with a double-submit
     * cookie limited to {@code /public} (docs/decisions/0005-report-encryption.md), no referrer ever
     * sent; framed only by the sources of {@code probity.portal.frame-ancestors} (docs/portal.md).
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain publicPages(HttpSecurity http, ru.probity.portal.PortalSettings portal) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("PUBLIC-XSRF");
        tokens.setCookiePath("/public");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(publicContentSecurityPolicy(portal.frameAncestors())))
                        .frameOptions(frames -> {
                            // the CSP's frame-ancestors decides; the old header only where it says the same
                            if (portal.frameAncestors().equals("'none'")) {
                                frames.deny();
                            } else if (portal.frameAncestors().equals("'self'")) {
                                frames.sameOrigin();
                            } else {
                                frames.disable();
                            }
                        })
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    @Bean
    @Order(3)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain pages(HttpSecurity http, MessageSource messages) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/login/forgot",
                                "/login/reset/*",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.svg",
                                "/actuator/health/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new AccountGate(messages), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }
}
