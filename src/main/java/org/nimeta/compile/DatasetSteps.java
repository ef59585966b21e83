package org.nimeta.compile;

import java.util.List;
import org.nimeta.engine.simulate.CoordinateSimulation;
import org.nimeta.engine.simulate.SimulationSpec;
import org.nimeta.image.Mask;
import java.util.Locale;
import java.util.Map;
import org.nimeta.data.CoordinateSpace;
import org.nimeta.data.DataWarning;
import org.nimeta.data.Dataset;
import org.nimeta.data.DatasetLoader;
import org.nimeta.data.Format;
import org.nimeta.data.LoadResult;
import org.nimeta.engine.ibma.transform.ImageTransformer;
import org.nimeta.engine.ibma.transform.MapType;

/**
 * Executes the dataset steps of a plan (load, select, combine, transform). The compiler runs them
 * with {@link #apply} to check the data before any estimation; {@code nimeta run} runs them again
 * on the same files with {@link #run}. The two differ only for {@code transform} and {@code simulate}:
 * {@code apply} previews them (the images a transform would add, the simulated experiments with
 * their foci counts but no drawn foci), {@code run} computes the images and draws the foci.
 */
public final class DatasetSteps {
  private DatasetSteps() {}

  /** The dataset a step produces and the warnings its loading raised. */
  public record Outcome(Dataset dataset, List<DataWarning> warnings) {}

  /**
   * @param done datasets of earlier steps by step name. Not modified.
   * @throws org.nimeta.data.DataException when a file cannot be read as a dataset
   */
  public static Outcome apply(Step step, Map<String, Dataset> done, Mask mask) {
    return step.accept(new Execute(done, mask, false));
  }

  /**
   * As {@link #apply}, but a {@code transform} step computes its images, on the analysis grid, into
   * a temporary folder deleted when Java exits.
   *
   * @throws org.nimeta.image.NiftiException when an image a transform reads cannot be read
   */
  public static Outcome run(Step step, Map<String, Dataset> done, Mask mask) {
    return step.accept(new Execute(done, mask, true));
  }

  public static boolean isDatasetStep(Step step) {
    return step.accept(IS_DATASET_STEP);
  }

  private static final Step.Visitor<Boolean> IS_DATASET_STEP = new Step.Visitor<>() {
    public Boolean load(Step.LoadDataset step) {
      return true;
    }

    public Boolean simulate(Step.SimulateDataset step) {
      return true;
    }

    public Boolean select(Step.SelectDataset step) {
      return true;
    }

    public Boolean combine(Step.CombineDatasets step) {
      return true;
    }

    public Boolean transform(Step.TransformImages step) {
      return true;
    }

    public Boolean estimate(Step.Estimate step) {
      return false;
    }

    public Boolean combineResults(Step.CombineResults step) {
      return false;
    }

    public Boolean correct(Step.Correct step) {
      return false;
    }

    public Boolean diagnose(Step.Diagnose step) {
      return false;
    }

    public Boolean write(Step.WriteOutput step) {
      return false;
    }
  };

  /** Makes a dataset step's dataset; {@code compute}: a transform computes its images, a simulation draws its foci, rather than previewing them. */
  private record Execute(Map<String, Dataset> done, Mask mask, boolean compute) implements Step.Visitor<Outcome> {
    public Outcome load(Step.LoadDataset l) {
      Format format = l.format() == null ? null : Format.valueOf(l.format().toUpperCase(Locale.ROOT));
      CoordinateSpace space = l.space() == null ? null : CoordinateSpace.parse(l.space());
      LoadResult r = DatasetLoader.load(l.files(), format, l.base(), space, l.annotation());
      return new Outcome(r.dataset(), r.warnings());
    }

    public Outcome simulate(Step.SimulateDataset sim) {
      SimulationSpec spec = SimulationSpec.of(sim.studies(), sim.foci(), sim.sampleSize(), sim.seed());
      Dataset d = compute ? CoordinateSimulation.simulate(spec, mask).dataset() : CoordinateSimulation.preview(spec, mask);
      return new Outcome(d, List.of());
    }

    public Outcome select(Step.SelectDataset s) {
      return new Outcome(done.get(s.source()).select(s.condition()::test), List.of());
    }

    public Outcome combine(Step.CombineDatasets c) {
      Dataset left = done.get(c.left());
      Dataset right = done.get(c.right());
      Dataset result = switch (c.operator()) {
        case UNION -> left.union(right);
        case DIFFERENCE -> left.difference(right);
        case INTERSECTION -> left.intersection(right);
      };
      return new Outcome(result, List.of());
    }

    public Outcome transform(Step.TransformImages t) {
      ImageTransformer.Result r = compute
          ? ImageTransformer.apply(done.get(t.source()), mapTypes(t), mask.grid(), ComputedImageFolder.get())
          : ImageTransformer.preview(done.get(t.source()), mapTypes(t));
      return new Outcome(r.dataset(), r.warnings());
    }

    public Outcome estimate(Step.Estimate step) {
      return notADatasetStep(step);
    }

    public Outcome combineResults(Step.CombineResults step) {
      return notADatasetStep(step);
    }

    public Outcome correct(Step.Correct step) {
      return notADatasetStep(step);
    }

    public Outcome diagnose(Step.Diagnose step) {
      return notADatasetStep(step);
    }

    public Outcome write(Step.WriteOutput step) {
      return notADatasetStep(step);
    }

    private static Outcome notADatasetStep(Step step) {
      throw new IllegalArgumentException("not a dataset step: " + step.name());
    }
  }

  /** A transform step's targets as image types. */
  public static List<MapType> mapTypes(Step.TransformImages t) {
    return t.targets().stream().map(name -> MapType.named(name).orElseThrow()).toList();
  }
}
