package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 1: password reset by e-mail link. The link goes only to the e-mail the registry
 * knows; the answer is the same whether the account exists or not; the token is stored hashed,
 * works once, expires, and a newer link ends the older; requests are throttled per account and per
 * address; the new password follows the policy and ends every session of the account.
 */
@Tag("security")
class Hole16PasswordResetTest extends SecurityTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/login/reset/([A-Za-z0-9_-]{43})");

    private record Person(String username, String email, long userId) {}

    /** A person of Obninsk with an e-mail on his card and an account with the demo password. */
    private Person person(String tag) {
        String email = tag + "-" + System.nanoTime() + "@reset.example";
        String username = tag + System.nanoTime();
        long employee = jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, post, email, created_by, updated_by)
                values ((select id from organization where name = ?), 'Сбросова', 'Мария', 'Ивановна', 'Специалист', ?,
                        'test', 'test') returning id""").params(OBNINSK, email).query(Long.class).single();
        long id = jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                select ?, password_hash, 'Сбросова Мария Ивановна', 'EMPLOYEE', (select organization_id from employee where id = ?), ?, 'test'
                from app_user where username = 'ugh.officer' returning id""")
                .params(username, employee, employee)
                .query(Long.class)
                .single();
        return new Person(username, email, id);
    }

    private void request(String typed, String address) throws Exception {
        mvc.perform(post("/login/forgot").param("login", typed).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login/forgot?sent"));
    }

    private List<MimeMessage> messagesTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (var message : MAIL.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    /** The tokens of the letters to the address, oldest first, once {@code count} of them arrived. */
    private List<String> tokens(String address, int count) throws Exception {
        for (int i = 0; i < 100 && messagesTo(address).size() < count; i++) {
            Thread.sleep(100);
        }
        List<String> tokens = new ArrayList<>();
        for (MimeMessage message : messagesTo(address)) {
            Matcher m = LINK.matcher((String) message.getContent());
            assertThat(m.find()).isTrue();
            tokens.add(m.group(1));
        }
        assertThat(tokens).hasSize(count);
        return tokens;
    }

    private int links(long userId) {
        return jdbc.sql("select count(*) from password_reset where user_id = ?")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theLinkSetsAPasswordOnceAndEndsEverySession() throws Exception {
        Person p = person("reset.journey");
        Cookie session = mvc.perform(login(p.username(), DEMO_PASSWORD, "127.16.3.1"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        mvc.perform(get("/login")).andExpect(content().string(Matchers.containsString("/login/forgot")));
        request(p.username(), "127.16.3.2");
        String token = tokens(p.email(), 1).get(0);
        assertThat((String) messagesTo(p.email()).get(0).getContent()).contains(p.username(), "60 мин.");
        // only the hash of the token is kept
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = ?")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from password_reset where token_hash = ? and user_id = ?")
                        .params(sha256(token), p.userId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(get("/login/reset/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Сбросова Мария Ивановна")));
        // the password policy holds
        mvc.perform(post("/login/reset/" + token)
                        .param("password", "qwerty1234")
                        .param("repeat", "qwerty1234")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("легко подобрать")));
        String fresh = "Lantern-quartz-48-maple";
        mvc.perform(post("/login/reset/" + token)
                        .param("password", fresh)
                        .param("repeat", fresh)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(login(p.username(), DEMO_PASSWORD, "127.16.3.1")).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(login(p.username(), fresh, "127.16.3.1")).andExpect(redirectedUrl("/"));
        // used once
        mvc.perform(get("/login/reset/" + token)).andExpect(content().string(Matchers.containsString("reset-invalid")));
        mvc.perform(post("/login/reset/" + token)
                        .param("password", "Another-granite-93-river")
                        .param("repeat", "Another-granite-93-river")
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("reset-invalid")));
        mvc.perform(login(p.username(), fresh, "127.16.3.1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theAnswerIsTheSameForAnAccountThatDoesNotExist() throws Exception {
        Person p = person("reset.same");
        String known = mvc.perform(post("/login/forgot")
                        .param("login", p.email())
                        .with(csrf())
                        .with(from("127.16.4.1")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String unknown = mvc.perform(post("/login/forgot")
                        .param("login", "nobody-" + System.nanoTime() + "@reset.example")
                        .with(csrf())
                        .with(from("127.16.4.1")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(unknown).isEqualTo(known).isEqualTo("/login/forgot?sent");
        // found by the card's e-mail; the letter goes to the card's address only
        tokens(p.email(), 1);
    }

    @Test
    void aNewerLinkEndsTheOlderAndAnExpiredLinkDoesNotWork() throws Exception {
        Person p = person("reset.newer");
        request(p.username(), "127.16.5.1");
        tokens(p.email(), 1);
        request(p.email(), "127.16.5.1");
        List<String> tokens = tokens(p.email(), 2);
        mvc.perform(get("/login/reset/" + tokens.get(0)))
                .andExpect(content().string(Matchers.containsString("reset-invalid")));
        mvc.perform(get("/login/reset/" + tokens.get(1)))
                .andExpect(content().string(Matchers.containsString("reset-account")));
        jdbc.sql("update password_reset set expires_at = now() - interval '1 minute' where user_id = ?")
                .param(p.userId())
                .update();
        mvc.perform(post("/login/reset/" + tokens.get(1))
                        .param("password", "Lantern-quartz-48-maple")
                        .param("repeat", "Lantern-quartz-48-maple")
                        .with(csrf()))
                .andExpect(content().string(Matchers.containsString("reset-invalid")));
        mvc.perform(login(p.username(), DEMO_PASSWORD, "127.16.5.2")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/login/reset/not-a-token"))
                .andExpect(content().string(Matchers.containsString("reset-invalid")));
    }

    @Test
    void requestsAreThrottledPerAccountAndPerAddress() throws Exception {
        Person p = person("reset.flood");
        for (int i = 0; i < 5; i++) {
            request(p.username(), "127.16.6." + (i + 1));
        }
        tokens(p.email(), 3);
        Thread.sleep(500);
        assertThat(links(p.userId())).isEqualTo(3);
        assertThat(messagesTo(p.email())).hasSize(3);

        Person q = person("reset.address");
        for (int i = 0; i < 10; i++) {
            request("nobody" + i + "-" + System.nanoTime(), "127.16.7.1");
        }
        request(q.username(), "127.16.7.1"); // the eleventh from this address this hour
        Thread.sleep(1000);
        assertThat(links(q.userId())).isZero();
        assertThat(messagesTo(q.email())).isEmpty();
    }

    @Test
    void aDisabledAccountOrADismissedPersonGetsNoLink() throws Exception {
        Person p = person("reset.disabled");
        jdbc.sql("update app_user set enabled = false where id = ?")
                .param(p.userId())
                .update();
        request(p.username(), "127.16.8.1");
        Person q = person("reset.dismissed");
        jdbc.sql(
                        "update employee set dismissed_on = current_date - 1 where id = (select employee_id from app_user where id = ?)")
                .param(q.userId())
                .update();
        request(q.email(), "127.16.8.1");
        Thread.sleep(1000);
        assertThat(links(p.userId()) + links(q.userId())).isZero();
    }
}
