package org.nimeta.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** nimeta's own version, from {@code org/nimeta/version.properties} (filled in by Maven). */
public final class NimetaVersion {
  private static final String VERSION = load();

  private NimetaVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = NimetaVersion.class.getResourceAsStream("/org/nimeta/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("org/nimeta/version.properties is missing from the classpath");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
