package app.clicks.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

/** Wraps a DataSource to tell a test when a connection is about to lock sync rows (SELECT … FOR UPDATE). */
final class LockWatch {
  final CountDownLatch locking;

  LockWatch(int count) {
    locking = new CountDownLatch(count);
  }

  DataSource wrap(DataSource inner) {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(inner, method, args);
          return result instanceof Connection c && method.getName().equals("getConnection") ? watch(c) : result;
        });
  }

  private Connection watch(Connection inner) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement") && String.valueOf(args[0]).endsWith("FOR UPDATE")) {
            locking.countDown();
          }
          return invoke(inner, method, args);
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
