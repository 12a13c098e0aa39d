package ru.probity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Every page renders for the roles that may open it, without untranslated message keys. */
class PagesTest extends IntegrationTest {

    private void renders(String username, String url) throws Exception {
        mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void everyPageOfTheRegistryRendersForTheOfficer() throws Exception {
        long ugh = organizationId(UGH);
        long employee = employeeOf(UGH);
        long relative = jdbc.sql("select id from relative where employee_id = ? limit 1")
                .param(jdbc.sql("select employee_id from relative r join employee e on e.id = r.employee_id"
                                + " where e.organization_id = ? limit 1")
                        .param(ugh)
                        .query(Long.class)
                        .single())
                .query(Long.class)
                .single();
        for (String url : new String[] {
            "/",
            "/orgs",
            "/orgs?q=городского хозяйства",
            "/orgs/" + ugh,
            "/orgs/" + ugh + "/children",
            "/orgs/" + ugh + "/edit",
            "/orgs/new?parent=" + ugh,
            "/people",
            "/people?q=ива&organization=" + ugh,
            "/people?inactive=true&page=1",
            "/people/" + employee,
            "/people/" + employee + "/edit",
            "/people/new?organization=" + ugh,
            "/people/" + employee + "/relatives/new",
            "/people/relatives/" + relative + "/edit",
            "/people/import",
            "/admin/users",
            "/admin/users/provision",
            "/admin/users/provision?organizationId=" + ugh + "&post=начальник&procurement=true",
            "/account/password"
        }) {
            renders("ugh.officer", url);
        }
    }

    @Test
    void theAccessLogAndTheApiDescriptionRenderForTheRegionalAdministrator() throws Exception {
        renders("region.admin", "/audit");
        renders("region.admin", "/audit?action=READ&subjectType=EMPLOYEE&from=2020-01-01&to=2030-01-01");
        mvc.perform(get("/api/openapi").with(as("region.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/v1/employees")));
    }

    @Test
    void theEmployeeSeesHisStartPageAndCardButNoRegistryPages() throws Exception {
        renders("ugh.employee", "/");
        renders("ugh.employee", "/orgs");
        mvc.perform(get("/people/import").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(as("ugh.employee"))).andExpect(status().isForbidden());
    }

    @Test
    void readOnlyRolesSeeThePeopleButNoEditingButtons() throws Exception {
        long employee = employeeOf(UGH);
        for (String role : new String[] {"ugh.head", "region.auditor", "kaluga.commission"}) {
            mvc.perform(get("/people/" + employee).with(as(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("/edit"))));
            mvc.perform(get("/people/" + employee + "/edit").with(as(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void signInPageIsPublicAndEverythingElseNeedsSigningIn() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Вход")));
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        long employee = employeeOf(UGH);
        mvc.perform(post("/people/" + employee + "/active")
                        .param("active", "false")
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + employee + "/active")
                        .param("active", "true")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
