package org.nimeta.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a directory is a mount point (Docker's {@code -v host:/out}, an NFS export): such a
 * directory cannot be renamed ("Device or resource busy"), so its outputs are swapped inside it.
 */
final class MountPoints {
  private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");

  private MountPoints() {}

  static boolean isMountPoint(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try {
      Path real = dir.toRealPath();
      if (Files.isReadable(MOUNT_INFO)) {
        for (String line : Files.readAllLines(MOUNT_INFO, StandardCharsets.UTF_8)) {
          String[] fields = line.split(" ");
          if (fields.length > 4 && Path.of(unescape(fields[4])).equals(real)) {
            return true;
          }
        }
        return false;
      }
      // Elsewhere: a different device than the parent's means a mount point.
      Path parent = real.getParent();
      return parent != null && !Files.getAttribute(real, "unix:dev").equals(Files.getAttribute(parent, "unix:dev"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException unknown) {
      return false;
    }
  }

  /** mountinfo writes space, tab, newline and backslash in paths as octal escapes ({@code \040}). */
  private static String unescape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && isOctal(field, i + 1) && isOctal(field, i + 2) && isOctal(field, i + 3)) {
        out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isOctal(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7';
  }
}
