package app.clicks.store;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.mockito.MockMakers;

/**
 * A real DataSource whose connections fail once, when armed, at one chosen JDBC call: the n-th execution of a
 * statement whose SQL starts with a given text, or the n-th commit (and, if asked, the rollback after it). Everything
 * else runs on the real database: Mockito mocks that delegate to the real objects with one answer replaced (JDK
 * proxies, since only JDBC interfaces are mocked).
 */
final class FailingJdbc {
  /** Where the database fails; with {@code rollbackFailsToo}, the rollback that follows is refused as well. */
  record Fault(String name, String sqlStart, boolean commit, int nth, boolean rollbackFailsToo) {
    /** The n-th executeBatch/executeUpdate of a statement whose SQL starts with {@code sqlStart}. */
    static Fault statement(String name, String sqlStart, int nth) {
      return new Fault(name, sqlStart, false, nth, false);
    }

    /** The n-th commit. */
    static Fault commit(String name, int nth) {
      return new Fault(name, null, true, nth, false);
    }

    /** The same fault, and then the rollback refused: the transaction stays open on the connection. */
    Fault thenRollbackFails() {
      return new Fault(name + ", then the rollback", sqlStart, commit, nth, true);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What a driver's message looks like: the statement quoted, a SQL state, an error code. */
  static final String DRIVER_SQL_STATE = "08006";

  private final DataSource real;
  private final Fault fault;
  private final AtomicInteger seen = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile boolean armed;
  private volatile boolean rollbackArmed;
  private volatile SQLException thrown;

  FailingJdbc(DataSource real, Fault fault) {
    this.real = real;
    this.fault = fault;
  }

  /** Makes the next n-th matching call fail (once), counting from now. */
  void arm() {
    seen.set(0);
    armed = true;
  }

  /** Calls that failed so far. */
  int failures() {
    return failures.get();
  }

  /** The exception the last failure threw, as a driver would. */
  SQLException thrown() {
    return thrown;
  }

  DataSource dataSource() throws SQLException {
    DataSource ds = mock(DataSource.class, withSettings().mockMaker(MockMakers.PROXY).stubOnly().defaultAnswer(delegatesTo(real)));
    doAnswer(inv -> connection(real.getConnection())).when(ds).getConnection();
    return ds;
  }

  private Connection connection(Connection c) throws SQLException {
    Connection spy = mock(Connection.class, withSettings().mockMaker(MockMakers.PROXY).stubOnly().defaultAnswer(delegatesTo(c)));
    doAnswer(inv -> statement(c.prepareStatement(inv.getArgument(0)), inv.getArgument(0)))
        .when(spy).prepareStatement(anyString());
    if (fault.commit()) {
      doAnswer(inv -> failOr("COMMIT", () -> {
        c.commit();
        return null;
      })).when(spy).commit();
    }
    if (fault.rollbackFailsToo()) {
      doAnswer(inv -> {
        if (rollbackArmed) {
          rollbackArmed = false;
          throw driverError("ROLLBACK");
        }
        c.rollback();
        return null;
      }).when(spy).rollback();
    }
    return spy;
  }

  private PreparedStatement statement(PreparedStatement ps, String sql) throws SQLException {
    if (fault.sqlStart() == null || !sql.startsWith(fault.sqlStart())) {
      return ps;
    }
    PreparedStatement spy = mock(PreparedStatement.class, withSettings().mockMaker(MockMakers.PROXY).stubOnly().defaultAnswer(delegatesTo(ps)));
    doAnswer(inv -> failOr(sql, ps::executeBatch)).when(spy).executeBatch();
    doAnswer(inv -> failOr(sql, ps::executeUpdate)).when(spy).executeUpdate();
    return spy;
  }

  private static SQLException driverError(String sql) {
    return new SQLException("An I/O error occurred while sending to the backend: \"" + sql
        + "\" [90028-224] user=clicks password=hunter2", DRIVER_SQL_STATE, 90028);
  }

  private Object failOr(String sql, Callable<Object> real) throws Exception {
    if (armed && seen.incrementAndGet() == fault.nth()) {
      armed = false;
      rollbackArmed = fault.rollbackFailsToo();
      failures.incrementAndGet();
      thrown = driverError(sql);
      throw thrown;
    }
    return real.call();
  }
}
