package org.nimeta.lsp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nimeta.lang.SourceFile;

/** The scripts the editor has open (their unsaved text wins), and imported files read from disk. */
final class Scripts {
  private final Map<String, ScriptDocument> open = new ConcurrentHashMap<>();

  void put(ScriptDocument doc) {
    open.put(doc.uri(), doc);
  }

  void remove(String uri) {
    open.remove(uri);
  }

  /** Every open document. */
  java.util.Collection<ScriptDocument> all() {
    return java.util.List.copyOf(open.values());
  }

  /** The open document, or null. */
  ScriptDocument get(String uri) {
    return open.get(uri);
  }

  /** The script at {@code path}: the editor's copy when open, else the file; null when unreadable. */
  ScriptDocument at(Path path) {
    ScriptDocument doc = openAt(path);
    if (doc != null) {
      return doc;
    }
    try {
      return new ScriptDocument(path.toUri().toString(), SourceFile.read(path, path.toString()).text());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The editor's document for the file at {@code path}, or null when it is not open. */
  ScriptDocument openAt(Path path) {
    ScriptDocument doc = open.get(path.toUri().toString());
    if (doc != null) {
      return doc;
    }
    return open.values().stream().filter(d -> path.equals(d.path())).findFirst().orElse(null);
  }

  /** The scripts {@code root} imports, directly or not, in import order (root excluded; cycles cut). */
  List<ScriptDocument> imported(ScriptDocument root) {
    Set<Path> seen = new LinkedHashSet<>();
    if (root.path() != null) {
      seen.add(root.path());
    }
    List<ScriptDocument> out = new ArrayList<>();
    collect(root, seen, out);
    return out;
  }

  private void collect(ScriptDocument doc, Set<Path> seen, List<ScriptDocument> out) {
    for (ScriptOutline.Import i : doc.declarations().imports()) {
      Path file = doc.resolve(i);
      if (!seen.add(file)) {
        continue;
      }
      ScriptDocument d = at(file);
      if (d != null) {
        out.add(d);
        collect(d, seen, out);
      }
    }
  }

  /** The direct import of {@code root} through which {@code file} is (transitively) imported, or null. */
  ScriptOutline.Import bringing(ScriptDocument root, Path file) {
    if (file == null) {
      return null;
    }
    for (ScriptOutline.Import i : root.declarations().imports()) {
      Path direct = root.resolve(i);
      if (direct.equals(file)) {
        return i;
      }
      ScriptDocument d = at(direct);
      if (d != null && imported(d).stream().anyMatch(x -> file.equals(x.path()))) {
        return i;
      }
    }
    return null;
  }
}
