package org.nimeta.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses output directories whose replacement would destroy something that is not nimeta's:
 * the file system's root, the home or current directory, or any folder that is or holds the
 * script, an imported script or an input file. {@code --force} replaces the whole output
 * directory, so such a mistake ({@code --out ..}, {@code --out data}, an unset variable in
 * {@code --out "$OUT"}) would otherwise delete the user's own files.
 */
public final class OutputGuard {
  private OutputGuard() {}

  /** A file the run reads, with what it is ("the script", "the input file"), for the message. */
  public record Kept(Path path, String what) {}

  /**
   * @param target the output directory as given (absolute or relative to the current directory)
   * @param kept   the script, imported scripts and input files
   * @throws OutputRefusedException naming what the directory would have destroyed
   */
  public static void check(Path target, List<Kept> kept) throws OutputRefusedException {
    if (target.toString().isEmpty()) {
      throw new OutputRefusedException("The output directory is empty (`--out \"\"`); give a folder name.");
    }
    Path out = real(target);
    Path cwd = real(Path.of(""));
    // The current and home directories first: for `--out ..` they say best what went wrong.
    List<Kept> all = new ArrayList<>();
    all.add(new Kept(cwd, "the current directory"));
    String home = System.getProperty("user.home");
    if (home != null && !home.isEmpty()) {
      all.add(new Kept(real(Path.of(home)), "your home directory"));
    }
    all.addAll(kept);
    if (out.getParent() == null) {
      throw new OutputRefusedException("The output directory `" + target + "` is the root of the file system; "
          + "nimeta replaces its output directory whole, so give `--out` a new folder of its own.");
    }
    for (Kept k : all) {
      Path p = real(k.path());
      if (p.startsWith(out)) {
        throw new OutputRefusedException("The output directory `" + target + "` "
            + (p.equals(out) ? "is " : "holds ") + k.what() + (p.equals(out) ? "" : " `" + k.path() + "`")
            + "; nimeta replaces its output directory whole, so give `--out` a new folder of its own.");
      }
    }
  }

  /**
   * The absolute path with every symbolic link of its existing part resolved, so {@code --out}
   * through a link is compared with where it really leads. The part that does not exist yet is
   * appended as written.
   */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    Path rest = null;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      Path name = existing.getFileName();
      rest = rest == null ? name : name.resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      Path resolved = existing.toRealPath();
      return rest == null ? resolved : resolved.resolve(rest).normalize();
    } catch (IOException unreadable) {
      return absolute;
    }
  }
}
