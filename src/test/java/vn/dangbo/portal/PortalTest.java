package vn.dangbo.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application test against the shared real PostgreSQL test database, with MockMvc, a movable
 * clock ({@link TestClock}), statement counting ({@link StatementCounter}) and the {@link Fixtures} that build test data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.Shared.class)
@Import({TestClock.Config.class, StatementCounter.Config.class, Fixtures.class})
public @interface PortalTest {
}
