package org.nimeta.run.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.nimeta.compile.Sha256;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;

/**
 * The SHA-256 of a dataset's content: every experiment in order with its ids, space, foci and
 * sample sizes (doubles by their bits), metadata, and its images by path and by the SHA-256 of the
 * file. Two datasets with the same digest give every estimator the same input, however they were
 * made (loaded, selected, combined); a changed file changes the digest of every dataset read from
 * it. Image files are hashed once per digest object. Thread-safe.
 */
public final class DatasetDigest {
  private final Map<Path, String> imageHashes = new ConcurrentHashMap<>();

  public String of(Dataset dataset) {
    StringBuilder sb = new StringBuilder();
    for (Experiment e : dataset.experiments()) {
      sb.append("experiment ").append(e.id()).append('\u0000').append(e.studyId()).append('\u0000')
          .append(e.contrastId()).append('\u0000').append(e.space()).append('\n');
      for (double[] focus : e.foci()) {
        sb.append("focus");
        for (double c : focus) {
          sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(c)));
        }
        sb.append('\n');
      }
      sb.append("n");
      for (double n : e.sampleSizes()) {
        sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(n)));
      }
      sb.append('\n').append("metadata ").append(new TreeMap<>(e.metadata())).append('\n');
      for (Map.Entry<String, Path> image : new TreeMap<>(e.images()).entrySet()) {
        sb.append("image ").append(image.getKey()).append(' ').append(image.getValue()).append(' ')
            .append(hash(image.getValue())).append('\n');
      }
    }
    return Sha256.of(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String hash(Path image) {
    return imageHashes.computeIfAbsent(image, p -> {
      try {
        return Sha256.of(p);
      } catch (NoSuchFileException e) {
        return "missing"; // what the estimator does without it depends only on its absence
      } catch (IOException e) {
        return "unreadable";
      }
    });
  }
}
