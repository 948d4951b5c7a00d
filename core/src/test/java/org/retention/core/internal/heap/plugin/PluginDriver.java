package org.retention.core.internal.heap.plugin;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;
import org.retention.core.internal.heap.Host;

/**
 * A JDBC driver that registers itself with {@link DriverManager} on start; only its own code may
 * deregister it (DriverManager checks the caller's loader), so the plugin must do it on stop.
 */
public final class PluginDriver implements Driver, Host.Plugin {
  @Override
  public void start() {
    try {
      DriverManager.registerDriver(this);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void stop() {
    try {
      DriverManager.deregisterDriver(this);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) {
    return null;
  }

  @Override
  public boolean acceptsURL(String url) {
    return false;
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getGlobal();
  }
}
