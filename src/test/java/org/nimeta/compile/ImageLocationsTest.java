package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where missing images would be with another base: which folder is offered, and how far the search goes. */
class ImageLocationsTest {
  @TempDir Path tmp;

  private Path touch(String relative) throws Exception {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "");
  }

  private Optional<ImageLocations.Found> search(List<String> missing, List<String> present) {
    return ImageLocations.search(tmp.resolve("data.json"), tmp,
        missing.stream().map(tmp::resolve).toList(), present.stream().map(tmp::resolve).toList());
  }

  @Test
  void theFolderHoldingMostOfThemWinsAndOneNamedLikeTheFileBreaksATie() throws Exception {
    touch("data.json");
    for (String folder : List.of("aaa", "data", "partial")) {
      touch(folder + "/a.nii.gz");
    }
    touch("aaa/b.nii.gz");
    touch("data/b.nii.gz");

    ImageLocations.Found found = search(List.of("a.nii.gz", "b.nii.gz", "c.nii.gz"), List.of()).orElseThrow();

    assertEquals(tmp.resolve("data"), found.folder());
    assertEquals(List.of(tmp.resolve("a.nii.gz"), tmp.resolve("b.nii.gz")), List.copyOf(found.moved().keySet()));
    assertEquals(tmp.resolve("data/b.nii.gz"), found.moved().get(tmp.resolve("b.nii.gz")));
  }

  @Test
  void aFolderThatLacksAnImageFoundTodayIsNotOffered() throws Exception {
    touch("data.json");
    touch("present.nii.gz");
    touch("maps/missing.nii.gz");
    assertTrue(search(List.of("missing.nii.gz"), List.of("present.nii.gz")).isEmpty());

    touch("maps/present.nii.gz");
    assertEquals(tmp.resolve("maps"),
        search(List.of("missing.nii.gz"), List.of("present.nii.gz")).orElseThrow().folder());
  }

  @Test
  void onlyAFewLevelsDownAndNoHiddenFolderAreLookedIn() throws Exception {
    touch("data.json");
    touch("one/two/three/deep.nii.gz");
    touch(".hidden/secret.nii.gz");
    touch("one/two/shallow.nii.gz");

    assertTrue(search(List.of("deep.nii.gz"), List.of()).isEmpty());
    assertTrue(search(List.of("secret.nii.gz"), List.of()).isEmpty());
    assertEquals(tmp.resolve("one/two"), search(List.of("shallow.nii.gz"), List.of()).orElseThrow().folder());
  }

  @Test
  void theNumberOfFoldersLookedAtIsBounded() throws Exception {
    touch("data.json");
    for (int i = 0; i < ImageLocations.FOLDERS_LOOKED_AT; i++) {
      Files.createDirectories(tmp.resolve(String.format("f%03d", i)));
    }
    touch("zz-last/image.nii.gz"); // after the bound, by name and breadth first

    assertTrue(search(List.of("image.nii.gz"), List.of()).isEmpty());
  }

  @Test
  void imagesGivenByAbsolutePathsElsewhereAreNotLookedFor() throws Exception {
    touch("data.json");
    touch("maps/x.nii.gz");
    Path elsewhere = tmp.getRoot().resolve("nowhere-" + System.nanoTime()).resolve("x.nii.gz");

    assertTrue(ImageLocations.search(tmp.resolve("data.json"), tmp.resolve("sub"), List.of(elsewhere), List.of())
        .isEmpty());
  }
}
