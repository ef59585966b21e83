package org.nimeta.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nimeta.lang.SourceFile;

/**
 * A script named on the command line: a file ({@code pain.meta}), or a file as a git revision has
 * it ({@code pain.meta@HEAD~1}, read with {@code git show REV:./pain.meta} in the file's folder).
 * A revision's text gets the file's own path, so its relative data paths resolve as the file's do.
 */
public final class ScriptSource {
  private ScriptSource() {}

  /** A script that cannot be read; the message is a sentence naming it. */
  public static final class Unreadable extends Exception {
    Unreadable(String message) {
      super(message);
    }
  }

  public static SourceFile read(String given) throws Unreadable {
    Path file = Path.of(given);
    int at = given.lastIndexOf('@');
    if (Files.isRegularFile(file) || at <= 0) {
      return readFile(given, file);
    }
    return readRevision(given, Path.of(given.substring(0, at)), given.substring(at + 1));
  }

  private static SourceFile readFile(String given, Path file) throws Unreadable {
    if (!Files.exists(file)) {
      throw new Unreadable("The script `" + given + "` does not exist.");
    }
    if (Files.isDirectory(file)) {
      throw new Unreadable("`" + given + "` is a directory, not a script (two output directories compare; a directory and a script do not).");
    }
    try {
      return SourceFile.read(file.toAbsolutePath().normalize(), given);
    } catch (IOException e) {
      throw new Unreadable("The script `" + given + "` cannot be read: " + e.getMessage());
    }
  }

  private static SourceFile readRevision(String given, Path file, String revision) throws Unreadable {
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (revision.isEmpty() || revision.startsWith("-") || !Files.isDirectory(folder)) {
      throw new Unreadable("`" + given + "` names no script: give a file, or FILE@REVISION such as `pain.meta@HEAD~1`.");
    }
    List<String> command = List.of("git", "show", revision + ":./" + absolute.getFileName());
    Process git;
    try {
      git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(false).start();
    } catch (IOException e) {
      throw new Unreadable("`" + given + "` needs git to read revision `" + revision + "`, and git cannot be started: "
          + e.getMessage());
    }
    try {
      git.getOutputStream().close();
      byte[] text = readAll(git.getInputStream());
      String error = new String(readAll(git.getErrorStream()), StandardCharsets.UTF_8).strip();
      if (git.waitFor() != 0) {
        throw new Unreadable("git cannot show `" + file + "` at revision `" + revision + "`"
            + (error.isEmpty() ? "." : ": " + error.lines().findFirst().orElse(error)));
      }
      String source = new String(text, StandardCharsets.UTF_8);
      return new SourceFile(given, absolute, source.startsWith("\uFEFF") ? source.substring(1) : source);
    } catch (IOException e) {
      throw new Unreadable("git's output for `" + given + "` cannot be read: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreadable("Reading `" + given + "` with git was interrupted.");
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
