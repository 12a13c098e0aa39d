package ru.probity.training;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.probity.platform.RussianFormats;
import ru.probity.training.exam.Scoring;

/**
 * The answer saves of a test in progress, {@code POST /training/attempts/{id}/answers/{position}}:
 * the one request thousands of examinees send at once (hundreds a second in a campaign), served by
 * two servlet filters instead of Spring MVC.
 *
 * <ul>
 *   <li>Ahead of Spring Session the cookies are hidden from the request. The browser sends the
 *       session cookie with the save, and anything that merely asks for the session — Spring MVC's
 *       flash maps do on every request — would make Spring Session read the session row,
 *       deserialize its security context and write its last access time back.
 *   <li>After Spring Security (its {@link AnswerChannel} chain writes the headers; the save is
 *       authorized by the attempt's answer key, checked in the statement that stores the answer)
 *       the save itself: the form parsed, {@link Exams#save} called, a line of text answered. A
 *       handler method of the dispatcher would cost more than the save: the lookup among every
 *       mapping of the application, the model attributes of the controller advice, the argument and
 *       return value resolution (docs/benchmarks-exams.md).
 * </ul>
 *
 * 200 «сохранено»; 409 when the time is out; 403 without the right key; 400 for an answer that is
 * not one.
 */
@Configuration(proxyBeanMethods = false)
class AnswerSaves {

    private static final Pattern ANSWER_SAVE = Pattern.compile("/training/attempts/(\\d{1,18})/answers/(\\d{1,4})");

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<OncePerRequestFilter> answerSavesWithoutCookies() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new HideCookies());
        registration.addUrlPatterns("/training/attempts/*");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<OncePerRequestFilter> answerSaveEndpoint(Exams exams, MessageSource messages) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new SaveAnswer(exams, messages));
        registration.addUrlPatterns("/training/attempts/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** The attempt and the position of an answer save, or null for any other request. */
    static Matcher answerSave(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        Matcher m = ANSWER_SAVE.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        return m.matches() ? m : null;
    }

    private static final class HideCookies extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (answerSave(request) == null) {
                chain.doFilter(request, response);
                return;
            }
            chain.doFilter(
                    new HttpServletRequestWrapper(request) {
                        @Override
                        public Cookie[] getCookies() {
                            return null;
                        }
                    },
                    response);
        }
    }

    private static final class SaveAnswer extends OncePerRequestFilter {

        private final Exams exams;
        private final MessageSource messages;

        SaveAnswer(Exams exams, MessageSource messages) {
            this.exams = exams;
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Matcher path = answerSave(request);
            if (path == null) {
                chain.doFilter(request, response);
                return;
            }
            long attempt = Long.parseLong(path.group(1));
            int position = Integer.parseInt(path.group(2));
            Scoring.Answer answer;
            try {
                answer = answer(request);
            } catch (NumberFormatException e) {
                reply(response, HttpServletResponse.SC_BAD_REQUEST, "training.save.invalid");
                return;
            }
            switch (exams.save(attempt, request.getHeader(Exams.ANSWER_KEY_HEADER), position, answer)) {
                case SAVED -> reply(response, HttpServletResponse.SC_OK, "training.saved");
                case TIME_OUT -> reply(response, HttpServletResponse.SC_CONFLICT, "training.save.timeOut");
                case DENIED -> reply(response, HttpServletResponse.SC_FORBIDDEN, "training.save.denied");
            }
        }

        private static Scoring.Answer answer(HttpServletRequest request) {
            String text = request.getParameter("text");
            if (text != null) {
                return Scoring.Answer.text(text);
            }
            String[] match = request.getParameterValues("match");
            if (match != null) {
                List<Integer> matches = new ArrayList<>();
                for (String value : match) {
                    matches.add(value == null || value.isBlank() ? null : Integer.parseInt(value));
                }
                return Scoring.Answer.matching(matches);
            }
            Set<Integer> chosen = new HashSet<>();
            String[] values = request.getParameterValues("chosen");
            for (String value : values == null ? new String[0] : values) {
                chosen.add(Integer.parseInt(value));
            }
            return Scoring.Answer.choice(chosen);
        }

        private void reply(HttpServletResponse response, int status, String key) throws IOException {
            byte[] body = messages.getMessage(key, null, RussianFormats.LOCALE).getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
