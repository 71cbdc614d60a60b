package vn.dangbo.portal;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends (MockMvc runs the request on the test's thread),
 * so a test can show that a page's statements do not grow with its size.
 */
public final class StatementCounter {

    private StatementCounter() {
    }

    public static void reset() {
        QueryCountHolder.clear();
    }

    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                            ? ProxyDataSourceBuilder.create(dataSource).name(beanName).countQuery().build()
                            : bean;
                }
            };
        }
    }
}
