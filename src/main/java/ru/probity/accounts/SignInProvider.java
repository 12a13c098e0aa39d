package ru.probity.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every sign-in, on the login page and by HTTP Basic: the throttle first, then the password, with
 * one answer for a wrong password, an unknown user, a disabled account and a held-back attempt (issue
 * 14, item 8). The enabled flag is checked only after the password, so that answer takes as long
 * either way. A password verified a moment ago is recognised without Argon2 again (API clients send
 * it with every call: {@link VerifiedCredentials}). With directory sign-in on, a name no local account
 * has, or a directory account's, is checked by the directory ({@link DirectorySignIn}), and so is a
 * local name whose local password is wrong; the throttle and the gates after it are the same.
 */
final class SignInProvider implements AuthenticationProvider {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SignInProvider.class);

    /** The answer to every refused sign-in. */
    static final String REFUSED = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final UserDetailsService users;
    private final SignInThrottle throttle;
    private final SignInLog log;
    private final VerifiedCredentials verified;
    private final DirectorySignIn directory;

    SignInProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            SignInLog log,
            VerifiedCredentials verified,
            DirectorySignIn directory) {
        this.directory = directory;
        this.users = users;
        this.throttle = throttle;
        this.log = log;
        this.verified = verified;
        this.passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(SignInProvider::enabled);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName();
        String account = SignInThrottle.key(typed);
        String address = address(authentication);
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        Authentication recognised = recognise(typed, password, authentication);
        if (recognised != null) {
            return recognised;
        }
        SignInThrottle.Reservation reservation = throttle.reserve(account, address);
        if (!reservation.allowed()) {
            throw new BadCredentialsException(REFUSED);
        }
        try {
            if (typed == null || typed.length() > SignInThrottle.MAX_TYPED_USERNAME) {
                throw new BadCredentialsException(REFUSED);
            }
            boolean throughDirectory = directory.directoryFirst(typed);
            Authentication result;
            if (throughDirectory) {
                result = throughDirectory(typed, password, authentication);
            } else {
                try {
                    result = passwords.authenticate(authentication);
                } catch (BadCredentialsException wrong) {
                    if (!directory.enabled()) {
                        throw wrong;
                    }
                    // a directory login that is also a local account's name: the directory's password
                    throughDirectory = true;
                    result = throughDirectory(typed, password, authentication);
                }
            }
            throttle.succeeded(account, address);
            if (!throughDirectory && result.getPrincipal() instanceof UserDetails user) {
                verified.remember(user.getUsername(), password, user.getPassword());
            }
            return result;
        } catch (DirectoryPersonUnknown unknown) {
            // the directory's password was right: not a guess, but no account either
            throttle.succeeded(account, address);
            LOG.warn("Directory sign-in of {} refused: {}", account, unknown.getMessage());
            log.directoryRefused(account, address, unknown.getMessage());
            throw unknown;
        } catch (AuthenticationException refused) {
            boolean addressHeldBack = throttle.failed(address);
            log.failed(account, address, reservation, addressHeldBack, refused);
            throw new BadCredentialsException(REFUSED);
        }
    }

    /** The directory's bind, then the account linked to the person's card (found or made now). */
    private Authentication throughDirectory(String typed, String password, Authentication authentication) {
        UserAccount user;
        try {
            user = directory.signIn(typed, password);
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            // the same person's first sign-in from two places at once: the other one made the account
            user = directory.signIn(typed, password);
        }
        if (!user.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** A password verified within the last minutes, for the same stored hash: no Argon2 again. */
    private Authentication recognise(String typed, String password, Authentication authentication) {
        if (typed == null || typed.length() > SignInThrottle.MAX_TYPED_USERNAME || !verified.mayHold(typed)) {
            return null;
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(typed);
        } catch (RuntimeException unknown) {
            return null;
        }
        if (!user.isEnabled() || !verified.holds(user.getUsername(), password, user.getPassword())) {
            return null;
        }
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private static void enabled(UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
