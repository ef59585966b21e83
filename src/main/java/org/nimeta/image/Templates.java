package org.nimeta.image;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The brain masks and T1 templates bundled with nimeta (see templates/NOTICE.md), loaded from the
 * classpath once and cached. Names are the ones scripts use after {@code space}.
 *
 * <ul>
 *   <li>{@code mni152_2mm}: MNI152NLin6Asym 2 mm (TemplateFlow, as shipped by NiMARE), 91x109x91,
 *       228,483 in-mask voxels; the mask NiMARE uses by default. Also has a T1 template.
 *   <li>{@code ale_2mm}: GingerALE's MNI152 2 mm brain mask, as shipped by NiMARE (stored LAS).
 * </ul>
 */
public final class Templates {
  private static final String FOLDER = "templates/";
  private static final Map<String, String> MASKS = Map.of(
      "mni152_2mm", "tpl-MNI152NLin6Asym_res-02_desc-brain_mask.nii.gz",
      "ale_2mm", "MNI152_2x2x2_brainmask.nii.gz");
  private static final Map<String, String> T1 = Map.of(
      "mni152_2mm", "tpl-MNI152NLin6Asym_res-02_T1w.nii.gz");
  private static final Map<String, Mask> MASK_CACHE = new ConcurrentHashMap<>();
  private static final Map<String, NiftiImage> T1_CACHE = new ConcurrentHashMap<>();

  private Templates() {}

  /** Names of the bundled brain masks, sorted. */
  public static List<String> names() {
    return MASKS.keySet().stream().sorted().toList();
  }

  /**
   * The brain mask called {@code name}: voxels whose value is non-zero (nilearn's rule).
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the known ones
   */
  public static Mask brainMask(String name) {
    String file = lookup(MASKS, name, "brain mask");
    return MASK_CACHE.computeIfAbsent(name, n -> Mask.fromImage(load(file)));
  }

  /** The classpath resource of the brain mask called {@code name}, as provenance names it. */
  public static String maskResource(String name) {
    return "org/nimeta/image/" + FOLDER + lookup(MASKS, name, "brain mask");
  }

  /** The bytes of the bundled brain mask file called {@code name}, as shipped (provenance hashes them). */
  public static byte[] maskFileBytes(String name) {
    return bytes(lookup(MASKS, name, "brain mask"));
  }

  /**
   * The T1-weighted template called {@code name}, as a fresh copy (the cached data stays intact).
   *
   * @throws IllegalArgumentException for a name without a T1 template; the message lists the known ones
   */
  public static NiftiImage t1(String name) {
    String file = lookup(T1, name, "T1 template");
    NiftiImage cached = T1_CACHE.computeIfAbsent(name, n -> load(file));
    return new NiftiImage(cached.grid(), cached.data().clone(), cached.datatype());
  }

  private static String lookup(Map<String, String> files, String name, String what) {
    String file = files.get(name);
    if (file == null) {
      List<String> known = files.keySet().stream().sorted().map(k -> "`" + k + "`").toList();
      throw new IllegalArgumentException("There is no bundled " + what + " called `" + name + "`; known: "
          + String.join(", ", known) + ".");
    }
    return file;
  }

  private static NiftiImage load(String file) {
    return Nifti.read(new java.io.ByteArrayInputStream(bytes(file)), "org/nimeta/image/" + FOLDER + file);
  }

  private static byte[] bytes(String file) {
    String resource = FOLDER + file;
    try (InputStream in = Templates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled template " + resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new NiftiException("org/nimeta/image/" + resource, "cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
