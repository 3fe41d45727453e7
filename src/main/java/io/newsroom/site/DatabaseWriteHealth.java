package io.newsroom.site;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Readiness asks whether the database takes writes, not only whether it answers a query: a
 * database that reads but refuses every write (a read-only replica, a full disk, an embedded
 * database whose constraints went bad) must not get traffic. One update of a probe row, checked
 * like any write and rolled back, so nothing is written.
 */
@Component("databaseWrites")
class DatabaseWriteHealth extends AbstractHealthIndicator {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    DatabaseWriteHealth(JdbcClient jdbc, TransactionOperations transactions) {
        super("The database does not take writes");
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update write_probe set state = 'PROBING' where id = 1").update();
            status.setRollbackOnly();
        });
        builder.up();
    }
}
