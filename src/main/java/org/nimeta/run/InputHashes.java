package org.nimeta.run;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.nimeta.compile.PinnedInputs;
import org.nimeta.compile.Sha256;
import org.nimeta.compile.Step;
import org.nimeta.data.DataException;

/**
 * The SHA-256 of every dataset file a run read, taken when it was read: just before and just after
 * the reading, which must agree (else the file changed while it was read). Provenance records
 * these hashes, not ones taken at the end; {@link #changedSince} finds inputs that changed or went
 * away before the outputs were written. Thread-safe: load steps may run in parallel.
 */
final class InputHashes {
  private final Map<Path, String> hashes = new ConcurrentHashMap<>();

  /** The files a load step reads: its dataset files and its annotation file. */
  static List<Path> filesOf(Step.LoadDataset load) {
    return load.annotation() == null ? load.files()
        : Stream.concat(load.files().stream(), Stream.of(load.annotation())).toList();
  }

  /**
   * Hashes the files {@code load} reads, checks them against the hashes its script pins (the
   * check at compile time may be minutes old), runs {@code read}, and hashes them again; the two
   * must be equal.
   */
  void around(Step.LoadDataset load, Runnable read) {
    List<Path> files = filesOf(load);
    Map<Path, String> before = new HashMap<>();
    for (Path f : files) {
      before.put(f, hash(f));
    }
    List<String> pinned = load.pinned();
    for (int i = 0; i < pinned.size(); i++) {
      Path file = load.files().get(i);
      Path hashed = PinnedInputs.hashedFile(file);
      String actual = hashed.equals(file) ? before.get(file) : hash(hashed);
      if (!actual.equals(pinned.get(i))) {
        throw new DataException(hashed, 0, 0, "The file's SHA-256 is `" + actual + "`, but the script pins `"
            + pinned.get(i) + "`: it changed after the script was checked.");
      }
    }
    read.run();
    for (Path f : files) {
      if (!before.get(f).equals(hash(f))) {
        throw new DataException(f, 0, 0, "The file changed while nimeta read it; run again once it is complete.");
      }
      hashes.put(f.toAbsolutePath().normalize(), before.get(f));
    }
  }

  /** The hash taken when {@code file} was read, or null when the run did not read it. */
  String of(Path file) {
    return hashes.get(file.toAbsolutePath().normalize());
  }

  /** One sentence per input that changed or disappeared since it was read; empty when none did. */
  List<String> changedSince() {
    List<String> changed = new ArrayList<>();
    hashes.forEach((file, hash) -> {
      try {
        if (!Sha256.of(file).equals(hash)) {
          changed.add("The input file `" + file + "` changed while nimeta ran, after it was read.");
        }
      } catch (IOException gone) {
        changed.add("The input file `" + file + "` was removed or became unreadable while nimeta ran.");
      }
    });
    changed.sort(null);
    return changed;
  }

  private static String hash(Path file) {
    try {
      return Sha256.of(file);
    } catch (NoSuchFileException e) {
      throw new DataException(file, 0, 0, "The file does not exist (it was removed after the script was checked).");
    } catch (IOException e) {
      throw new DataException(file, 0, 0, "The file cannot be read (" + e.getMessage() + ").");
    }
  }
}
