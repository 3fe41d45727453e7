package io.newsroom.demo;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.newsroom.settings.NewsroomProperties;
import io.newsroom.web.BeforeServing;

import org.springframework.stereotype.Component;

/**
 * Loads the demo content at start-up when {@code newsroom.demo-content} is true, or when it is
 * unset and the database is the embedded H2 (a laptop, not production). Runs after the first admin
 * is created and before the first page is served: nobody sees the newsroom empty first.
 */
@Component
class DemoContentRunner extends BeforeServing {

    private final DemoContent demo;
    private final NewsroomProperties site;
    private final DataSource dataSource;

    DemoContentRunner(DemoContent demo, NewsroomProperties site, DataSource dataSource) {
        this.demo = demo;
        this.site = site;
        this.dataSource = dataSource;
    }

    /** After the first admin (FirstAdmin, order 1). */
    @Override
    protected int order() {
        return 2;
    }

    @Override
    protected void work() {
        if (isWanted()) {
            demo.loadIntoEmptyNewsroom();
        }
    }

    private boolean isWanted() {
        if (site.demoContent() != null) {
            return site.demoContent();
        }
        try (var connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
