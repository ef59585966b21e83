package org.nimeta.compile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiException;

/**
 * A mask shipped with a set of images, to suggest as the analysis space when the images miss the
 * one in use: NiMARE's test data and many exports keep a {@code mask.nii.gz} beside the images.
 */
final class ImageMasks {
  private ImageMasks() {}

  /**
   * The mask file in {@code folder} whose grid meets {@code images}: {@code mask.nii.gz} or {@code
   * mask.nii} first, else the first NIfTI file by name with "mask" in its name; null when there is
   * none, or it is the analysis mask already.
   */
  static Path beside(Path folder, ImageExtent images, Plan.AnalysisSpace space) {
    for (Path candidate : candidates(folder)) {
      if (space.maskFile() != null && candidate.equals(space.maskFile().toAbsolutePath().normalize())) {
        continue;
      }
      try {
        if (ImageExtent.of(Nifti.read(candidate).grid()).meets(images)) {
          return candidate;
        }
      } catch (NiftiException unreadable) {
        // not a mask we can offer; the next candidate may be
      }
    }
    return null;
  }

  private static List<Path> candidates(Path folder) {
    List<Path> named = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.contains("mask") && (name.endsWith(".nii") || name.endsWith(".nii.gz")) && Files.isRegularFile(p);
    })) {
      entries.forEach(p -> named.add(p.toAbsolutePath().normalize()));
    } catch (IOException | SecurityException unreadable) {
      return List.of();
    }
    named.sort(Comparator.comparing((Path p) -> !plain(p)).thenComparing(Comparator.naturalOrder()));
    return named;
  }

  private static boolean plain(Path p) {
    String name = p.getFileName().toString();
    return name.equals("mask.nii.gz") || name.equals("mask.nii");
  }
}
