package org.nimeta.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * nimeta's own version and the git commit it was built from, from {@code org/nimeta/version.properties}
 * (filled in by Maven; the commit is {@code unknown} when the build was not given it).
 */
public final class NimetaVersion {
  private static final Properties BUILD = load();

  private NimetaVersion() {}

  public static String get() {
    return BUILD.getProperty("version");
  }

  /** The commit's full hash, with {@code -dirty} when the sources differed from it; or {@code unknown}. */
  public static String commit() {
    String commit = BUILD.getProperty("commit", "").strip();
    // an unfiltered placeholder means a build that bypassed Maven's resource filtering
    return commit.isEmpty() || commit.startsWith("${") ? "unknown" : commit;
  }

  private static Properties load() {
    try (InputStream in = NimetaVersion.class.getResourceAsStream("/org/nimeta/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("org/nimeta/version.properties is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
