package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 13: Argon2 ran on every HTTP Basic call. Personal API tokens replace the password
 * in the API: shown once, stored as a hash, revocable, refused for a disabled account.
 */
@Tag("security")
class Hole13ApiTokensTest extends SecurityTest {

    @Test
    void aTokenWorksUntilItIsRevokedOrItsAccountDisabled() throws Exception {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, created_by)
                select 'token.officer', password_hash, 'Проверка Токенов', role, organization_id, 'test'
                from app_user where username = 'kaluga.officer'""").update();
        var officer = user(users.loadUserByUsername("token.officer"));
        String page = mvc.perform(post("/account/tokens")
                        .param("name", "Выгрузка в 1С")
                        .param("days", "30")
                        .with(csrf())
                        .with(officer))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher shown =
                Pattern.compile("id=\"new-token\">(prb_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash like ?")
                        .param("%" + token.substring(4, 12) + "%")
                        .query(Integer.class)
                        .single())
                .as("the token itself is not stored")
                .isZero();

        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer prb_forged"))
                .andExpect(status().isUnauthorized());

        jdbc.sql("update app_user set enabled = false where username = 'token.officer'")
                .update();
        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        jdbc.sql("update app_user set enabled = true where username = 'token.officer'")
                .update();

        long id = jdbc.sql(
                        "select id from api_token where user_id = (select id from app_user where username = 'token.officer')")
                .query(Long.class)
                .single();
        // another user cannot revoke it
        mvc.perform(post("/account/tokens/" + id + "/revoke")
                .with(csrf())
                .with(user(users.loadUserByUsername("kaluga.officer"))));
        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(csrf()).with(officer));
        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }
}
