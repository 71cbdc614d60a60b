package vn.dangbo.portal.security;

import java.util.Optional;

/** At least 12 characters, at most 128, and not the user name itself. Returns the message key of a violation. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.empty();
    }
}
