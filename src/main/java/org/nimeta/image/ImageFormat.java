package org.nimeta.image;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The file formats nimeta writes maps in: gzip-compressed NIfTI-1, and NeuroJSON's JNIfTI as text
 * (JSON) or binary (BJData), both with zlib-compressed voxels. {@link Nifti#write} picks the format
 * from the file name's {@link #suffix}.
 */
public enum ImageFormat {
  NIFTI("nifti", ".nii.gz"),
  JNIFTI("jnifti", ".jnii"),
  BNII("bnii", ".bnii");

  private final String word;
  private final String suffix;

  ImageFormat(String word, String suffix) {
    this.word = word;
    this.suffix = suffix;
  }

  /** As a script names it: {@code format = jnifti}. */
  public String word() {
    return word;
  }

  /** What a map's file name ends in: {@code z.nii.gz}, {@code z.jnii}, {@code z.bnii}. */
  public String suffix() {
    return suffix;
  }

  /** Every format's word, in declaration order. */
  public static List<String> words() {
    return Arrays.stream(values()).map(ImageFormat::word).toList();
  }

  /** The format named {@code word} in a script. */
  public static ImageFormat named(String word) {
    for (ImageFormat f : values()) {
      if (f.word.equals(word)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no image format is called " + word);
  }

  /** The format a file written under {@code name} gets: JNIfTI for .jnii/.bnii, NIfTI otherwise. */
  static ImageFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(JNIFTI.suffix) ? JNIFTI : lower.endsWith(BNII.suffix) ? BNII : NIFTI;
  }
}
