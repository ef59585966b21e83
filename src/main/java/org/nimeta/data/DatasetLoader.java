package org.nimeta.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads dataset files in any supported {@link Format}, detecting the format from the content (a
 * JSON object with a {@code studies} list is a NIMADS studyset, any other JSON object is NiMARE's
 * dataset JSON, text starting with {@code //} is Sleuth, a tab-separated
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
    return load(paths, format, baseDir, null, null);
  }

  /**
   * Loads several files into one dataset, as {@link #load(List, Format, Path)}, with the options of
   * {@code load(...)} that concern coordinates.
   *
   * @param space      the space of experiments whose file states none, or null (then they are used
   *                   as they are, with a warning); a file that states another is an error
   * @param annotation a NIMADS annotation for the (NIMADS) files, or null
   * @throws SpaceConflictException when a file states a space that contradicts {@code space}
   * @throws DataException          as {@link #load(Path, Format, Path)}, or for an annotation given
   *                                with a file that is not a NIMADS studyset
   */
  public static LoadResult load(List<Path> paths, Format format, Path baseDir, CoordinateSpace space,
      Path annotation) {
    DatasetBuilder builder = new DatasetBuilder(space);
    for (Path path : paths) {
      Format f = format != null ? format : detect(path);
      if (annotation != null && f != Format.NIMADS) {
        throw new DataException(path, 0, 0, "An `annotation` goes with a NIMADS studyset, but this file is "
            + describe(f) + ".");
      }
      switch (f) {
        case NIMARE -> NimareJsonReader.readInto(builder, path, baseDir);
        case NIMADS -> NimadsReader.readInto(builder, path, annotation);
        case SLEUTH -> SleuthReader.readInto(builder, path);
        case IMAGES -> ImageTableReader.readInto(builder, path, baseDir);
      }
    }
    return builder.build();
  }

  private static String describe(Format f) {
    return switch (f) {
      case NIMARE -> "a NiMARE dataset JSON";
      case NIMADS -> "a NIMADS studyset";
      case SLEUTH -> "a Sleuth text file";
      case IMAGES -> "an image table";
    };
  }

  /**
   * The format of a file from its first characters: a JSON object with a {@code studies} list →
   * NIMADS, another JSON object → NIMARE, {@code //} → SLEUTH, a
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
      return NimadsReader.isStudyset(JsonTree.parse(path, text, new ArrayList<>())) ? Format.NIMADS : Format.NIMARE;
    }
    if (text.startsWith("//")) {
      return Format.SLEUTH;
    }
    if (ImageTableReader.looksLikeTable(text)) {
      return Format.IMAGES;
    }
    throw new DataException(path, 0, 0, text.isEmpty()
        ? "The file is empty; expected a NiMARE dataset JSON, a NIMADS studyset, a Sleuth text file or an "
            + "image table."
        : "The file is neither a NiMARE dataset JSON or NIMADS studyset (a JSON object, starting with `{`), a Sleuth "
            + "text file (starting with `// Reference=MNI` or `// Reference=Talairach`) nor an image "
            + "table (a tab-separated header with the columns `id`, `type` and `path`).");
  }
}
