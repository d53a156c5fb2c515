package app.clicks.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration of the store (packing that has no portable SQL form): its version, description and fixed
 * checksum (Flyway validates it on every start), run in the migration's transaction.
 */
abstract class StoreJavaMigration implements JavaMigration {
  private final MigrationVersion version;
  private final String description;
  private final int checksum;

  /** @param version as Flyway writes it ("9.1": after V9) */
  StoreJavaMigration(String version, String description, int checksum) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
    this.checksum = checksum;
  }

  @Override
  public final MigrationVersion getVersion() {
    return version;
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final Integer getChecksum() {
    return checksum;
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }
}
