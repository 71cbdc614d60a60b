package vn.dangbo.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The one security filter chain: form login with throttling, CSRF on every POST (Spring's default),
 * security headers, and the URL rules by role. Finer rules (which organisation, which member) are in
 * {@link Scope}.
 */
@Configuration
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, PortalUserDetailsService users, PasswordEncoder encoder,
                                    LoginThrottle throttle, SecurityAuditing auditing) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                .requestMatchers("/admin/**", "/audit/**", "/settings/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/organizations/**", "/admissions/**", "/badges/**", "/badges.pdf", "/good-deeds/**", "/members/import/**",
                        "/members/export.xlsx")
                    .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name(), Role.LEADER.name(), Role.SECRETARY.name())
                .requestMatchers("/dashboard/**").hasAnyRole(Role.ADMIN.name(), Role.STAFF.name(), Role.LEADER.name())
                .requestMatchers("/congresses/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name(), Role.LEADER.name(), Role.SECRETARY.name())
                .requestMatchers("/meetings/criteria/**").hasAnyRole(Role.ADMIN.name(), Role.STAFF.name())
                .requestMatchers("/trainings/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name(), Role.LEADER.name(), Role.SECRETARY.name())
                // cadre planning (quy hoạch cán bộ) is highly sensitive: the organisation staff and the leaders only
                .requestMatchers("/planning/**").hasAnyRole(Role.STAFF.name(), Role.LEADER.name())
                .requestMatchers("/meetings/**", "/committees/**", "/residence/**", "/member-files/completeness/**",
                                 "/pledges/review/**", "/pledges/missing/**")
                    .hasAnyRole(Role.ADMIN.name(), Role.STAFF.name(), Role.LEADER.name(), Role.SECRETARY.name())
                .anyRequest().authenticated())
            .authenticationProvider(new ThrottledAuthenticationProvider(passwords, throttle))
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(auditing)
                .failureHandler(auditing)
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .addLogoutHandler(auditing)
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("PORTALSESSION"))
            .exceptionHandling(errors -> errors.accessDeniedHandler(auditing))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
            .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
