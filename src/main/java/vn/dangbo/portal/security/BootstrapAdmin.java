package vn.dangbo.portal.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An empty portal gets one account {@code admin} whose random one-time password is written once to the log
 * and must be changed at the first sign-in. With the demo profile the demo loader has already created the
 * demo accounts when this runs, so nothing is created.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    BootstrapAdmin(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = randomPassword();
        UserAccount admin = new UserAccount("admin", encoder.encode(password), "Quản trị hệ thống", Role.ADMIN);
        admin.requirePasswordChange();
        accounts.save(admin);
        log.warn("Created the bootstrap account 'admin' with the one-time password: {} (it must be changed at the first sign-in)", password);
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
