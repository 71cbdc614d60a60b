package vn.dangbo.portal.committee;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link CommitteeChanges#copySecretariesForToday()} each night. */
@Configuration
@EnableScheduling
class CommitteeScheduling {
}
