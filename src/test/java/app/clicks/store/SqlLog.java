package app.clicks.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/** A real DataSource that notes the SQL of every statement its connections prepare (JDK proxies, no agent). */
final class SqlLog {
  private final List<String> statements = new CopyOnWriteArrayList<>();

  /** {@code real}, with every prepared statement's SQL noted here. */
  DataSource wrap(DataSource real) {
    return proxy(DataSource.class, real, (name, args, result) ->
        name.equals("getConnection") ? connection((Connection) result) : result);
  }

  /** The SQL prepared since the last {@link #clear}. */
  List<String> statements() {
    return List.copyOf(statements);
  }

  void clear() {
    statements.clear();
  }

  private Connection connection(Connection real) {
    return proxy(Connection.class, real, (name, args, result) -> {
      if (name.equals("prepareStatement") || name.equals("prepareCall")) {
        statements.add((String) args[0]);
      }
      return result;
    });
  }

  /** What a proxy does with a call's result. */
  private interface After {
    Object apply(String method, Object[] args, Object result);
  }

  private static <T> T proxy(Class<T> type, T real, After after) {
    Object p = Proxy.newProxyInstance(SqlLog.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
      try {
        return after.apply(method.getName(), args, method.invoke(real, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
    return type.cast(p);
  }
}
