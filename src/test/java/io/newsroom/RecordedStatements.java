package io.newsroom;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every statement run on the test's own thread (the request's, under MockMvc), with its
 * parameters, Spring Session's included: {@code @Import(RecordedStatements.class)}, then
 * {@link #clear()} before a request and {@link #ran()} after it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedStatements {

    private static final ThreadLocal<List<QueryInfo>> RAN = ThreadLocal.withInitial(ArrayList::new);

    /** What ran on this thread since the last {@link #clear()}. */
    public static List<QueryInfo> ran() {
        return List.copyOf(RAN.get());
    }

    /** The SQL of what ran on this thread since the last {@link #clear()}. */
    public static List<String> sql() {
        return RAN.get().stream().map(QueryInfo::getQuery).toList();
    }

    public static void clear() {
        RAN.get().clear();
    }

    @Bean
    static BeanPostProcessor recordStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && "dataSource".equals(name)
                        ? ProxyDataSourceBuilder.create(source).afterQuery((run, queries) -> RAN.get().addAll(queries)).build()
                        : bean;
            }
        };
    }
}
