package ru.probity.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the JSON API: personal API tokens or HTTP Basic with the product's accounts. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI probityOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Probity API")
                        .version("v1")
                        .description(
                                "Организации, сотрудники и их родственники, закупки, декларации, уведомления, комиссия,"
                                        + " сообщения о коррупции, документы и обучение; «Мои задачи» пользователя"
                                        + " (GET /api/v1/tasks) — то же, что на его стартовой странице. Доступ — по токену API"
                                        + " («Authorization: Bearer prb_…», создаётся в меню пользователя «Токены API»)"
                                        + " или по учётной записи Probity (HTTP Basic, если у неё нет двухфакторного входа),"
                                        + " в пределах поддерева организации пользователя."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
