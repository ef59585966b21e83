package org.nimeta.registry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.data.Dataset;
import org.nimeta.data.DatasetLoader;
import org.nimeta.engine.MetaResult;
import org.nimeta.engine.Progress;
import org.nimeta.image.Mask;
import org.nimeta.image.Nifti;

/**
 * NiMARE's IBMA test data as a script loads it ({@code test_pain_dataset.json} with its image
 * folder as base, its own mask as the space), run through the registry's runners.
 */
final class PainImages {
  static final Path INPUTS = Path.of("src/test/resources/nimare/inputs");
  static final Path REFERENCE = Path.of("src/test/resources/nimare/public/ibma");

  final Mask mask = Mask.fromImage(Nifti.read(INPUTS.resolve("test_pain_dataset/mask.nii.gz")));
  final Dataset dataset = DatasetLoader.load(INPUTS.resolve("test_pain_dataset.json"), null,
      INPUTS.resolve("test_pain_dataset")).dataset();

  /** Every parameter of {@code def}, defaults filled in, then {@code overrides}. */
  static Map<String, Value> params(Definition def, Map<String, Value> overrides) {
    Map<String, Value> params = new LinkedHashMap<>();
    def.params().forEach(p -> params.put(p.name(), p.defaultValue()));
    params.putAll(overrides);
    return params;
  }

  EstimatorInput input(String estimator, Map<String, Value> overrides) {
    Definition def = Registry.builtin().find(estimator);
    return new EstimatorInput(List.of(dataset), mask, null, params(def, overrides), 0, 1, Progress.NONE);
  }

  MetaResult run(String estimator, Map<String, Value> overrides) {
    EstimatorInput in = input(estimator, overrides);
    return ((EstimatorDef) Registry.builtin().find(estimator)).runner().run(in);
  }

  /** NiMARE's map {@code <case>_<map>.nii.gz}, masked. */
  double[] reference(String file) {
    return mask.apply(Nifti.read(REFERENCE.resolve(file + ".nii.gz")).data());
  }
}
