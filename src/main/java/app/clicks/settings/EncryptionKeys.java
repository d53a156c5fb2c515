package app.clicks.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES keys that protect wolkvox tokens: SETTINGS_ENCRYPTION_KEY, and SETTINGS_ENCRYPTION_KEY_PREVIOUS (still
 * read, during a rotation). Without a key on the embedded database, one is created in DATA_DIR.
 *
 * @param previous the key being rotated out, or null
 */
public record EncryptionKeys(SecretKey current, SecretKey previous) {
  public static final String CURRENT_VARIABLE = "SETTINGS_ENCRYPTION_KEY";
  public static final String PREVIOUS_VARIABLE = "SETTINGS_ENCRYPTION_KEY_PREVIOUS";
  /** The key file made in DATA_DIR when no key is configured on the embedded database. */
  public static final String KEY_FILE = "settings-encryption.key";

  private static final Logger LOG = LoggerFactory.getLogger(EncryptionKeys.class);
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  public EncryptionKeys {
    if (current == null) {
      throw new IllegalArgumentException("a current key is needed");
    }
  }

  /** The problem with {@code value} as the variable {@code variable} (base64 of exactly 32 bytes), if any. */
  public static Optional<String> problem(String variable, String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(variable + " is empty.");
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(value.strip());
    } catch (IllegalArgumentException e) {
      return Optional.of(variable + " is not valid base64; make a key with: openssl rand -base64 32");
    }
    if (raw.length != 32) {
      return Optional.of(
          variable + " must be the base64 of exactly 32 bytes (it decodes to " + raw.length
              + " bytes); make a key with: openssl rand -base64 32");
    }
    return Optional.empty();
  }

  /** Parses the base64 key held by {@code variable}; a bad value fails with a message naming the variable. */
  public static SecretKey parse(String variable, String value) {
    problem(variable, value).ifPresent(p -> {
      throw new SettingsException(p);
    });
    return new SecretKeySpec(Base64.getDecoder().decode(value.strip()), "AES");
  }

  /**
   * The keys to use, from the two variables' values (null or blank when unset).
   *
   * @param embeddedDatabase true on the embedded H2 database, where a missing key is created in {@code dataDir};
   *     on PostgreSQL a missing key is an error
   */
  public static EncryptionKeys resolve(String current, String previous, boolean embeddedDatabase, Path dataDir) {
    SecretKey prev = previous == null || previous.isBlank() ? null : parse(PREVIOUS_VARIABLE, previous);
    if (current != null && !current.isBlank()) {
      return new EncryptionKeys(parse(CURRENT_VARIABLE, current), prev);
    }
    if (!embeddedDatabase) {
      throw new SettingsException(
          CURRENT_VARIABLE + " is required with PostgreSQL (it encrypts the wolkvox tokens): set it to the base64 "
              + "of 32 random bytes, for example the output of: openssl rand -base64 32");
    }
    return new EncryptionKeys(fromKeyFile(dataDir), prev);
  }

  /** Reads the key kept in {@code dataDir}, creating it (owner-only permissions) when there is none. */
  static SecretKey fromKeyFile(Path dataDir) {
    Path file = dataDir.resolve(KEY_FILE);
    try {
      Files.createDirectories(dataDir);
      if (!Files.exists(file)) {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        try {
          createOwnerOnly(file);
          Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII);
          LOG.warn(
              "{} is not set: created a new key in {} (owner-only). Keep this file, or set {} to its content: "
                  + "without it the stored wolkvox tokens cannot be read.",
              CURRENT_VARIABLE, file, CURRENT_VARIABLE);
          return new SecretKeySpec(raw, "AES");
        } catch (FileAlreadyExistsException raced) {
          // another process made it first: read theirs
        }
      }
      tightenIfOpen(file);
      String content = Files.readString(file, StandardCharsets.US_ASCII).strip();
      Optional<String> problem = problem("The key file " + file, content);
      if (problem.isPresent()) {
        throw new SettingsException(problem.get() + " Set " + CURRENT_VARIABLE + " or remove the file.");
      }
      LOG.warn("{} is not set: using the key in {}.", CURRENT_VARIABLE, file);
      return new SecretKeySpec(Base64.getDecoder().decode(content), "AES");
    } catch (IOException e) {
      throw new SettingsException(
          CURRENT_VARIABLE + " is not set and the key file " + file + " could not be created or read: " + e, e);
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
      java.io.File f = file.toFile();
      f.setReadable(false, false);
      f.setWritable(false, false);
      f.setReadable(true, true);
      f.setWritable(true, true);
    }
  }

  private static void tightenIfOpen(Path file) throws IOException {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (!OWNER_ONLY.containsAll(perms)) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
        LOG.warn("The key file {} could be read by others: made it owner-only.", file);
      }
    } catch (UnsupportedOperationException notPosix) {
      // nothing to check on this file system
    }
  }
}
