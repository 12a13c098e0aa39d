package ru.probity.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.IntegrationTest;

/**
 * Base of the security regression suite (docs/security.md): the demo region, MockMvc, and the moves
 * of an attacker — acting as a user, from a client address, signing in on the login page.
 */
@Tag("security")
public abstract class SecurityTest extends IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected UserDetailsService users;

    /** A request by the signed-in user (as a session would carry him). */
    protected RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

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
