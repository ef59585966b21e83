package org.nimeta.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads dataset files in any supported {@link Format}, detecting the format from the content (a
 * JSON object is NiMARE's dataset JSON, text starting with {@code //} is Sleuth, a tab-separated
 * header with {@code id}, {@code type} and {@code path} is an image table, a folder holding
 * {@code images.tsv} is a folder of images), never from the file name. An explicit format wins
 * over detection.
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
        case IMAGES -> ImageTableReader.readInto(builder, path, baseDir);
      }
    }
    return builder.build();
  }

  /**
   * The format of a file from its first characters: {@code {} → NIMARE, {@code //} → SLEUTH, a
   * tab-separated header naming {@code id}, {@code type} and {@code path} → IMAGES; a folder
   * holding {@code images.tsv} → IMAGES.
   *
   * @throws DataException when the file is unreadable or none of these
   */
  public static Format detect(Path path) {
    if (Files.isDirectory(path)) {
      if (ImageTableReader.isImageFolder(path)) {
        return Format.IMAGES;
      }
      throw new DataException(path, 0, 0, "This is a folder without an `" + ImageTableReader.TABLE_NAME
          + "` table; a folder of images needs one listing each image's `id`, `type` and `path`.");
    }
    String text = TextFiles.read(path).stripLeading();
    if (text.startsWith("{")) {
      return Format.NIMARE;
    }
    if (text.startsWith("//")) {
      return Format.SLEUTH;
    }
    if (ImageTableReader.looksLikeTable(text)) {
      return Format.IMAGES;
    }
    throw new DataException(path, 0, 0, text.isEmpty()
        ? "The file is empty; expected a NiMARE dataset JSON, a Sleuth text file or an image table."
        : "The file is neither a NiMARE dataset JSON (a JSON object, starting with `{`), a Sleuth "
            + "text file (starting with `// Reference=MNI` or `// Reference=Talairach`) nor an image "
            + "table (a tab-separated header with the columns `id`, `type` and `path`).");
  }
}
