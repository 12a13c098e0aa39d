package ru.probity.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password reset by e-mail link ({@code probity.accounts.password-reset.*}; docs/security.md «Password
 * reset by e-mail link»).
 *
 * @param linkValidity how long a «Забыли пароль?» link works
 * @param welcomeLinkValidity how long the link of a new account's letter works (provisioning sends it
 *     instead of a one-time password when asked)
 * @param perAccount links one account is sent per hour at most; more requests are answered alike but send
 *     nothing
 * @param perAddress requests from one client address per hour at most, whatever they name
 */
@ConfigurationProperties("probity.accounts.password-reset")
record PasswordResetSettings(
        @DefaultValue("1h") Duration linkValidity,
        @DefaultValue("7d") Duration welcomeLinkValidity,
        @DefaultValue("3") int perAccount,
        @DefaultValue("10") int perAddress) {}
