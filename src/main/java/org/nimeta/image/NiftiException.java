package org.nimeta.image;

import java.nio.file.Path;

/**
 * A NIfTI file that cannot be read or written. The message is one sentence a scientist can act on:
 * it names the file in backticks and says what is wrong, e.g. "`x.nii.gz` is truncated: the header
 * promises 3,614,148 bytes of voxel data but the file holds 1,000,000."
 */
public final class NiftiException extends RuntimeException {
  private final Path file;
  private final String source;

  /** {@code problem} continues the sentence that starts with the file name ("is truncated: ..."). */
  public NiftiException(Path file, String problem) {
    this(file, problem, null);
  }

  public NiftiException(Path file, String problem, Throwable cause) {
    super(sentence(String.valueOf(file), problem), cause);
    this.file = file;
    this.source = String.valueOf(file);
  }

  /** For images that do not come from a file of their own (a classpath resource, a stream). */
  public NiftiException(String displayName, String problem, Throwable cause) {
    super(sentence(displayName, problem), cause);
    this.file = null;
    this.source = displayName;
  }

  /** The file concerned, or null when the image came from a stream. */
  public Path file() {
    return file;
  }

  /** How the message names the image: the path as given, or the stream's display name. */
  public String source() {
    return source;
  }

  private static String sentence(String name, String problem) {
    String text = "`" + name + "` " + problem;
    return text.endsWith(".") ? text : text + ".";
  }
}
