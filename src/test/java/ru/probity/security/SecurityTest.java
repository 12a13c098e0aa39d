package ru.probity.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Tag;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.IntegrationTest;

/**
 * Base of the security regression suite (docs/security.md): the demo region and MockMvc of {@link
 * IntegrationTest}, and the moves of an attacker — from a client address, signing in on the login
 * page, with an account of his own.
 */
@Tag("security")
public abstract class SecurityTest extends IntegrationTest {

    /** A request from this client address (loopback addresses only: 127.x.y.z). */
    protected static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A sign-in on the login page from the given client address. */
    protected static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    /** A new account with the demo password, in the organization of {@code template}'s account. */
    protected void accountLike(String template, String username, String role) {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, created_by)
                select ?, password_hash, 'Проверка Безопасности', ?, organization_id, 'test'
                from app_user where username = ?""").params(username, role, template).update();
    }
}
