package org.nimeta.engine.ibma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/**
 * NiMARE's IBMA test data (21 studies of 10x10x10 images) and its reference maps. The dataset
 * JSON is parsed minimally here (ids, image paths, sample sizes); the project's loader lives
 * elsewhere.
 */
final class PainIbmaFixture {
  static final Path RESOURCES = Path.of("src/test/resources/nimare");
  static final Path IMAGES = RESOURCES.resolve("inputs/test_pain_dataset");
  static final Path REFERENCE = RESOURCES.resolve("public/ibma");

  private PainIbmaFixture() {}

  static Mask mask() {
    return Mask.fromImage(Nifti.read(IMAGES.resolve("mask.nii.gz")));
  }

  /** Experiments in file order, ids {@code <study>-<contrast>} as NiMARE forms them. */
  static Dataset dataset() {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(RESOURCES.resolve("inputs/test_pain_dataset.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Experiment> experiments = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> studies = root.fields(); studies.hasNext(); ) {
      Map.Entry<String, JsonNode> study = studies.next();
      for (Iterator<Map.Entry<String, JsonNode>> contrasts = study.getValue().get("contrasts").fields();
          contrasts.hasNext(); ) {
        Map.Entry<String, JsonNode> contrast = contrasts.next();
        Map<String, Path> images = new LinkedHashMap<>();
        contrast.getValue().get("images").fields()
            .forEachRemaining(im -> images.put(im.getKey(), IMAGES.resolve(im.getValue().asText())));
        JsonNode sizes = contrast.getValue().get("metadata").get("sample_sizes");
        double[] sampleSizes = new double[sizes.size()];
        for (int i = 0; i < sampleSizes.length; i++) {
          sampleSizes[i] = sizes.get(i).asDouble();
        }
        experiments.add(new Experiment(study.getKey() + "-" + contrast.getKey(), study.getKey(),
            contrast.getKey(), "MNI", new double[0][3], sampleSizes, Map.of(), images));
      }
    }
    return new Dataset(experiments);
  }

  /** All three image kinds of the pain data. */
  static IbmaData data() {
    return IbmaImages.load(dataset(), mask(), java.util.EnumSet.allOf(ImageKind.class));
  }

  /** NiMARE's map {@code <estimator>_<map>.nii.gz}, masked. */
  static double[] reference(Mask mask, String file) {
    return mask.apply(Nifti.read(REFERENCE.resolve(file + ".nii.gz")).data());
  }
}
