package org.nimeta.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads dataset files in any supported {@link Format}, detecting the format from the content (a
 * JSON object is NiMARE's dataset JSON, text starting with {@code //} is Sleuth), never from the
 * file name. An explicit format wins over detection.
 */
public final class DatasetLoader {
  private DatasetLoader() {}

  /**
   * Loads one file.
   *
   * @param format  the format, or null to detect it from the content
   * @param baseDir folder that relative image paths are relative to; null = the file's folder
   * @throws DataException when the file cannot be read, its format cannot be told, or it is invalid
   */
  public static LoadResult load(Path path, Format format, Path baseDir) {
    return load(List.of(path), format, baseDir);
  }

  /**
   * Loads several files into one dataset (NiMARE order, ids sorted).
   *
   * @param format  the format of every file, or null to detect each file's format
   * @throws DataException as {@link #load(Path, Format, Path)}, or when an experiment id is found
   *                       twice (naming both places)
   */
  public static LoadResult load(List<Path> paths, Format format, Path baseDir) {
    DatasetBuilder builder = new DatasetBuilder();
    for (Path path : paths) {
      switch (format != null ? format : detect(path)) {
        case NIMARE -> NimareJsonReader.readInto(builder, path, baseDir);
        case SLEUTH -> SleuthReader.readInto(builder, path);
        case IMAGES -> throw new DataException(path, 0, 0,
            "Loading a dataset from a folder of images is not supported yet.");
      }
    }
    return builder.build();
  }

  /**
   * The format of a file from its first characters: {@code {} → NIMARE, {@code //} → SLEUTH.
   *
   * @throws DataException when the file is unreadable or neither
   */
  public static Format detect(Path path) {
    if (Files.isDirectory(path)) {
      throw new DataException(path, 0, 0, "This is a folder; loading a dataset from a folder of images "
          + "is not supported yet.");
    }
    String text = TextFiles.read(path).stripLeading();
    if (text.startsWith("{")) {
      return Format.NIMARE;
    }
    if (text.startsWith("//")) {
      return Format.SLEUTH;
    }
    throw new DataException(path, 0, 0, text.isEmpty()
        ? "The file is empty; expected a NiMARE dataset JSON or a Sleuth text file."
        : "The file is neither a NiMARE dataset JSON (a JSON object, starting with `{`) nor a Sleuth "
            + "text file (starting with `// Reference=MNI` or `// Reference=Talairach`).");
  }
}
