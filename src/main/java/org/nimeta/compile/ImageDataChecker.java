package org.nimeta.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import org.nimeta.data.Dataset;
import org.nimeta.data.Experiment;
import org.nimeta.engine.ibma.IbmaEstimator;
import org.nimeta.engine.ibma.IbmaImages;
import org.nimeta.engine.ibma.IbmaInputException;
import org.nimeta.engine.ibma.ImageKind;
import org.nimeta.engine.ibma.transform.ImageTransformer;
import org.nimeta.engine.ibma.transform.MapType;
import org.nimeta.engine.ibma.transform.Source;
import org.nimeta.engine.ibma.transform.TransformRules;
import org.nimeta.image.Grid;
import org.nimeta.image.Mask;
import org.nimeta.image.NiftiException;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Span;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.IbmaInputs;

/**
 * The data checks of image-based estimates, before anything runs:
 *
 * <ul>
 *   <li>estimator and data kind agree: an image-based estimator on a dataset without images, or a
 *       coordinate-based one on a dataset with images but no foci, is an error;
 *   <li>which experiments the estimator uses, as NiMARE does: those lacking a required image (or
 *       the sample size it needs) are left out with a warning naming them; fewer than two left is
 *       an error;
 *   <li>every image it will read (for a computed image, the files it is computed from) opens, is
 *       on the analysis grid or is resampled to it (a warning says which), and has no infinite
 *       value, some non-zero value and, for a varcope, no negative value inside the analysis mask
 *       (errors naming experiment and file). NaN voxels are fine: they are left out of the
 *       analysis, as NiMARE does. When most of an estimate's images miss the mask, one error says
 *       where they and the mask lie instead, offering a mask kept beside the images;
 *   <li>at each load, images listed where they are not but found under another folder: one error
 *       shows the load with that folder as base, and the later checks read them from there.
 * </ul>
 *
 * Each file is read once per compilation, whatever the number of estimates that use it.
 */
final class ImageDataChecker {
  /** How many unusable images one estimate reports before it only counts the rest. */
  private static final int ERRORS_SHOWN = 10;

  private final CompileContext cx;
  private final Mask mask;
  private final Plan.AnalysisSpace space;
  private final Path baseDir;
  /** The box of the mask's voxels, worked out only when a message needs it. */
  private ImageExtent maskExtent;
  /** Images a load lists where they are not, to where they are (found under another base). */
  private final Map<Path, Path> moved = new HashMap<>();
  /** Files already read, with the outcome, so each is read and reported once. */
  private final Map<String, Checked> checked = new HashMap<>();
  /** How many experiments each image-based estimate uses, by step name. */
  private final Map<String, Integer> experimentsUsed = new HashMap<>();

  /**
   * The outcome of reading one image: its grid (null when unreadable), whether it is on another
   * grid than the mask's, and the problem, if any, with its kind.
   */
  private record Checked(Grid grid, boolean resampled, String problem, IbmaInputException.Kind kind) {}

  /** One image file an estimate reads: whose, what type, and (for a computed one) what it feeds. */
  private record Use(String experiment, String type, Path file, String feeds) {}

  ImageDataChecker(CompileContext cx, Mask mask, Plan.AnalysisSpace space, Path baseDir) {
    this.cx = cx;
    this.mask = mask;
    this.space = space;
    this.baseDir = baseDir;
  }

  /** How many experiments the image-based estimate {@code name} uses; null when it was not checked. */
  Integer experimentsUsed(String name) {
    return experimentsUsed.get(name);
  }

  /**
   * Checks an estimate; returns false when it is left to the coordinate checks (a coordinate-based
   * estimator on data with foci).
   *
   * @param datasets the datasets of earlier steps by step name. Not modified.
   */
  boolean check(Step.Estimate e, Map<String, Dataset> datasets) {
    EstimatorDef def = (EstimatorDef) cx.registry.find(e.estimator());
    Span at = cx.spanOfStep(e.name());
    if (def.dataKind() == EstimatorDef.DataKind.COORDINATES) {
      return coordinateEstimatorOnImages(e, datasets, at);
    }
    String input = e.datasets().get(0);
    Dataset d = datasets.get(input);
    if (d == null) {
      return true;
    }
    if (d.experiments().stream().allMatch(x -> x.images().isEmpty())) {
      cx.report(DataProblems.noImages(at, e.estimator(), named(input), d.fociCount() > 0));
      return true;
    }
    IbmaEstimator estimator = def.imageEstimator(e.params());
    IbmaInputs.Selection selection = IbmaInputs.select(d, estimator);
    String needs = IbmaInputs.requirement(estimator);
    if (!selection.dropped().isEmpty()) {
      cx.report(DataProblems.experimentsLeftOut(at, e.estimator(), selection.used().size(), d.size(), named(input),
          needs, selection.dropped().size(), dropped(selection.dropped())));
    }
    if (selection.used().size() < 2) {
      cx.report(DataProblems.tooFewWithImages(at, e.estimator(), needs, selection.used().size(), d.size(),
          named(input)));
      return true;
    }
    experimentsUsed.put(e.name(), selection.used().size());
    List<Use> uses = new ArrayList<>();
    for (Experiment x : selection.used()) {
      for (ImageKind kind : ImageKind.values()) {
        if (estimator.requiredImages().contains(kind)) {
          uses.addAll(uses(x, kind.nimareName()));
        }
      }
    }
    checkFiles(e, uses, at);
    return true;
  }

  private boolean coordinateEstimatorOnImages(Step.Estimate e, Map<String, Dataset> datasets, Span at) {
    for (String input : e.datasets()) {
      Dataset d = datasets.get(input);
      if (d != null && d.fociCount() == 0 && d.experiments().stream().anyMatch(x -> !x.images().isEmpty())) {
        cx.report(DataProblems.imagesNotFoci(at, e.estimator(), named(input)));
        return true;
      }
    }
    return false;
  }

  /**
   * The files behind an experiment's image of {@code type}: the file itself, or, for an image a
   * {@code transform} will compute, the files it is computed from.
   */
  private List<Use> uses(Experiment x, String type) {
    Path file = x.images().get(type);
    if (!ImageTransformer.isPreview(file)) {
      return List.of(new Use(x.id(), type, where(file), null));
    }
    Set<MapType> given = EnumSet.noneOf(MapType.class);
    x.images().forEach((name, path) -> {
      if (!ImageTransformer.isPreview(path)) {
        MapType.named(name).ifPresent(given::add);
      }
    });
    Optional<Source> how = TransformRules.resolve(MapType.named(type).orElseThrow(), given, x.sampleSizes().length > 0);
    List<Use> uses = new ArrayList<>();
    how.ifPresent(source -> source.leaves().forEach(leaf ->
        uses.add(new Use(x.id(), leaf.nimareName(), where(x.images().get(leaf.nimareName())), type))));
    return uses;
  }

  /** Where an image listed at {@code file} is: there, or where {@link #checkPaths} found it. */
  private Path where(Path file) {
    return moved.getOrDefault(file.toAbsolutePath().normalize(), file);
  }

  private void checkFiles(Step.Estimate e, List<Use> uses, Span at) {
    Map<String, Use> resampled = new LinkedHashMap<>();
    List<Use> unusable = new ArrayList<>();
    List<Use> outside = new ArrayList<>();
    int usable = 0;
    for (Use use : uses) {
      String key = key(use);
      boolean first = !checked.containsKey(key);
      Checked c = checked.computeIfAbsent(key, k -> read(use));
      if (!first) {
        continue; // reported with the first estimate that reads it
      }
      if (c.problem() == null) {
        usable++;
        if (c.resampled()) {
          resampled.put(key, use);
        }
      } else {
        unusable.add(use);
        if (c.kind() == IbmaInputException.Kind.NO_VALUE_IN_MASK && c.resampled()) {
          outside.add(use);
        }
      }
    }
    // Most images off the mask means the images and the mask disagree, not that each image is
    // broken: one message says where both are. A few such images among good ones are each wrong.
    if (outside.size() >= 2 && 2 * outside.size() > usable + unusable.size()) {
      reportOutside(e, outside, at);
      unusable.removeAll(outside);
    }
    for (int i = 0; i < Math.min(unusable.size(), ERRORS_SHOWN); i++) {
      cx.report(DataProblems.unusableData(at, checked.get(key(unusable.get(i))).problem()));
    }
    if (unusable.size() > ERRORS_SHOWN) {
      cx.report(DataProblems.moreUnusableImages(at, unusable.size() - ERRORS_SHOWN, e.name()));
    }
    if (!resampled.isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (Use use : resampled.values()) {
        Grid g = checked.get(key(use)).grid();
        shown.add("`" + use.experiment() + "` `" + use.type() + "` (`" + shown(use.file()) + "`, " + shape(g) + ")");
      }
      cx.report(DataProblems.resampled(at, resampled.size(), e.name(), shape(mask.grid()), String.join(", ", shown)));
    }
  }

  /** One error for images that all miss the analysis mask: where they lie, where it is, and a mask of theirs. */
  private void reportOutside(Step.Estimate e, List<Use> outside, Span at) {
    ImageExtent images = null;
    Set<String> grids = new LinkedHashSet<>();
    Set<String> types = new TreeSet<>();
    Set<Path> folders = new HashSet<>();
    for (Use use : outside) {
      Grid g = checked.get(key(use)).grid();
      images = images == null ? ImageExtent.of(g) : images.union(ImageExtent.of(g));
      grids.add(shape(g) + " grid of " + voxelSize(g));
      types.add(use.type());
      folders.add(use.file().toAbsolutePath().getParent());
    }
    String onGrids = grids.size() == 1 ? "one " + grids.iterator().next() : grids.size() + " different grids";
    Path ownMask = folders.size() == 1 ? ImageMasks.beside(folders.iterator().next(), images, space) : null;
    cx.report(DataProblems.imagesOutsideMask(at, outside.size(), List.copyOf(types), e.name(), images.show(),
        onGrids, maskName(), maskExtent().show(), !images.meets(maskExtent()),
        ownMask == null ? null : scriptRelative(ownMask, at)));
  }

  private ImageExtent maskExtent() {
    if (maskExtent == null) {
      maskExtent = ImageExtent.of(mask);
    }
    return maskExtent;
  }

  private String maskName() {
    return space.template() != null ? "`" + space.template() + "`" : "`" + shown(space.maskFile()) + "`";
  }

  /**
   * Checks that the images a load lists exist; when some do not but would with another base, says
   * so once at the load, with the call corrected, and reads them from there in the later checks
   * (so their other problems show at once, and they are not reported missing again).
   */
  void checkPaths(Step.LoadDataset load, Dataset d) {
    Ast.Call call = cx.loadCall(load.name());
    if (call == null || load.files().size() != 1 || !Files.isRegularFile(load.files().get(0))) {
      return;
    }
    Path file = load.files().get(0).toAbsolutePath().normalize();
    Path lookedIn = (load.base() != null ? load.base() : file.getParent()).toAbsolutePath().normalize();
    Set<Path> listed = new TreeSet<>();
    for (Experiment x : d.experiments()) {
      for (Path p : x.images().values()) {
        if (!ImageTransformer.isPreview(p)) {
          listed.add(p.toAbsolutePath().normalize());
        }
      }
    }
    Map<Boolean, List<Path>> exists = listed.stream().collect(Collectors.partitioningBy(Files::exists));
    List<Path> missing = exists.get(false);
    if (missing.isEmpty()) {
      return;
    }
    ImageLocations.search(file, lookedIn, missing, exists.get(true)).ifPresent(found -> {
      moved.putAll(found.moved());
      Ast.Argument base = call.arguments().stream()
          .filter(a -> a.name() != null && a.name().text().equals("base")).findFirst().orElse(null);
      String folder = scriptRelative(found.folder(), call.span());
      cx.report(DataProblems.imagesUnderAnotherBase(base == null ? call.span() : base.span(),
          shown(file), missing.size(), base == null ? null : shown(lookedIn), found.moved().size(), folder,
          LoadCallText.withBase(call, folder)));
    });
  }

  /** {@code p} as a script writes it: relative to the folder of the file holding {@code at}. */
  private String scriptRelative(Path p, Span at) {
    try {
      String relative = Folders.of(at, baseDir).relativize(p.toAbsolutePath()).toString().replace('\\', '/');
      return relative.isEmpty() ? "." : relative;
    } catch (IllegalArgumentException otherRoot) {
      return p.toString();
    }
  }

  private static String key(Use use) {
    return use.file() + "|" + use.type();
  }

  private static String shape(Grid g) {
    return g.nx() + "×" + g.ny() + "×" + g.nz();
  }

  /** {@code 2 mm voxels}, or {@code 2×2×3 mm voxels}. */
  private static String voxelSize(Grid g) {
    double[] z = g.zooms();
    DoubleFunction<String> mm = v -> v == Math.rint(v) ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    return (z[0] == z[1] && z[1] == z[2] ? mm.apply(z[0])
        : mm.apply(z[0]) + "×" + mm.apply(z[1]) + "×" + mm.apply(z[2])) + " mm voxels";
  }

  /** Reads one image as the estimator will, turning a refusal into a message naming experiment and file. */
  private Checked read(Use use) {
    String what = "the `" + use.type() + "` image of experiment `" + use.experiment() + "`";
    String feeds = use.feeds() == null ? "" : ", from which its `" + use.feeds() + "` is computed,";
    try {
      IbmaImages.Loaded loaded = IbmaImages.read(use.experiment(), use.type(), use.file(), mask);
      return new Checked(loaded.grid(), loaded.resampled(), null, null);
    } catch (IbmaInputException bad) {
      String problem = bad.getCause() instanceof NiftiException unreadable
          ? what + feeds + " cannot be read: " + unreadable.getMessage()
          : what + " (`" + shown(use.file()) + "`)" + feeds + " "
              + bad.problem().replace("inside the mask", "inside the analysis mask");
      boolean offGrid = bad.grid() != null && !bad.grid().sameSpaceAs(mask.grid());
      return new Checked(bad.grid(), offGrid, problem, bad.kind());
    }
  }

  /** A dataset step as a message names it: a declared name, or "its dataset" for an inline expression. */
  private static String named(String step) {
    return step.contains("#") ? "its dataset" : "`" + step + "`";
  }

  private String shown(Path p) {
    try {
      return baseDir.relativize(p.toAbsolutePath()).toString().replace('\\', '/');
    } catch (IllegalArgumentException otherRoot) {
      return p.toString();
    }
  }

  /** "`a`, `b` (no `z` image); `c` (no sample size)", at most {@link DataChecker}'s usual number of ids per reason. */
  private static String dropped(List<IbmaInputs.Dropped> dropped) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    dropped.forEach(d -> byReason.computeIfAbsent(d.reason(), r -> new ArrayList<>()).add(d.id()));
    List<String> parts = new ArrayList<>();
    byReason.forEach((reason, ids) -> parts.add(DataChecker.ids(ids) + " (" + reason + ")"));
    return String.join("; ", parts);
  }
}
