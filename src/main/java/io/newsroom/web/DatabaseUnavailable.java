package io.newsroom.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (down, unreachable, pool exhausted, a statement or lock
 * wait past its timeout) from a bug: the first is a 503 "try again shortly", the second a 500.
 */
public final class DatabaseUnavailable {

    /** How long a visitor is asked to wait, in seconds ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof QueryTimeoutException || t instanceof PessimisticLockingFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection failures; 57: cancelled statements and server shutdown; 55P03: lock not available
                if (state.startsWith("08") || state.startsWith("57") || state.equals("55P03")) {
                    return true;
                }
            }
            // the pool's own word for a connection that died under a transaction (no SQL state)
            if (t instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
