package vn.dangbo.portal.pledge;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the application executes (datasource-proxy around the pool). */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

    private static final AtomicInteger EXECUTED = new AtomicInteger();

    static void reset() {
        EXECUTED.set(0);
    }

    static int executed() {
        return EXECUTED.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        QueryExecutionListener counter = new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                EXECUTED.incrementAndGet();
            }
        };
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                        ? ProxyDataSourceBuilder.create(dataSource).name("counted").listener(counter).build()
                        : bean;
            }
        };
    }
}
