package org.nimeta.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.SourceFile;
import org.nimeta.run.Json;
import org.nimeta.run.Provenance;

/**
 * What a finished run's {@code provenance.json} says: the script (path, text, hash), the
 * overrides, the input files and the output files with their SHA-256, and the nimeta that ran it.
 *
 * @param scriptText null when the run was made by a nimeta that did not record it
 * @param overrides  {@code --param} values by name, in script spelling; null when not recorded
 * @param inputs     every file the run read (imports, mask, data), with the hash it had then
 * @param outputs    every file the run wrote except {@code provenance.json}, paths relative to the directory
 * @param threads    the thread count the run used, or 0 when it ran no step that records one
 */
public record RecordedRun(
    Path directory,
    String version,
    String scriptName,
    Path scriptPath,
    String scriptSha256,
    String scriptText,
    Map<String, String> overrides,
    List<RecordedFile> inputs,
    List<RecordedFile> outputs,
    int threads) {

  /** A file and the SHA-256 it had; {@code type} is its PROV type without prefix ({@code Map}, {@code Table}, ...). */
  public record RecordedFile(String path, String sha256, String type) {}

  /** A directory that holds no readable record of a run. */
  public static final class NotARun extends Exception {
    NotARun(String message) {
      super(message);
    }
  }

  private static final String NS = "nimeta:";

  /** Reads {@code directory/provenance.json}. */
  public static RecordedRun read(Path directory) throws NotARun {
    Path file = directory.resolve(Provenance.FILE_NAME);
    JsonNode root;
    try {
      root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new NotARun("`" + directory + "` holds no `" + Provenance.FILE_NAME + "`: it is not the output directory of a nimeta run.");
    } catch (IOException | UncheckedIOException e) {
      throw new NotARun("`" + file + "` cannot be read as a nimeta run's provenance: " + e.getMessage());
    }
    JsonNode entities = root.path("entity");
    JsonNode script = entities.path(NS + "script");
    if (!script.has(NS + "path")) {
      throw new NotARun("`" + file + "` names no script: it is not a nimeta run's provenance.");
    }
    Path scriptPath = Path.of(script.path(NS + "path").asText());
    List<RecordedFile> inputs = new ArrayList<>();
    List<RecordedFile> outputs = new ArrayList<>();
    Map<String, String> overrides = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = entities.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      String type = v.path("prov:type").asText("").replaceFirst("^" + NS, "");
      if (e.getKey().equals(NS + "overrides")) {
        overrides = overrides(v);
      } else if (e.getKey().startsWith(NS + "output/")) {
        outputs.add(new RecordedFile(v.path(NS + "path").asText(), v.path(NS + "sha256").asText(), type));
      } else if (!e.getKey().equals(NS + "script") && v.has(NS + "sha256") && v.has(NS + "path")
          && Path.of(v.path(NS + "path").asText()).isAbsolute()) {
        RecordedFile input = new RecordedFile(v.path(NS + "path").asText(), v.path(NS + "sha256").asText(), type);
        // An imported script is both an input and an import record: check it once.
        if (inputs.stream().noneMatch(i -> i.path().equals(input.path()))) {
          inputs.add(input);
        }
      }
    }
    JsonNode agent = root.path("agent").path(NS + "nimeta");
    return new RecordedRun(directory, agent.path(NS + "version").asText("unknown"),
        script.path("prov:label").asText(scriptPath.getFileName().toString()), scriptPath,
        script.path(NS + "sha256").asText(), script.has(NS + "text") ? script.get(NS + "text").asText() : null,
        overrides, List.copyOf(inputs), List.copyOf(outputs), threads(root.path("activity")));
  }

  private static Map<String, String> overrides(JsonNode entity) {
    Map<String, String> byName = new LinkedHashMap<>();
    entity.fields().forEachRemaining(f -> {
      if (f.getKey().startsWith("param:")) {
        byName.put(f.getKey().substring("param:".length()), f.getValue().asText());
      }
    });
    return byName;
  }

  private static int threads(JsonNode activities) {
    int threads = 0;
    for (JsonNode a : activities) {
      threads = Math.max(threads, a.path(NS + "threads").asInt(0));
    }
    return threads;
  }

  /** True when the record holds what a re-run needs (runs by nimeta 0.1 before it was recorded do not). */
  public boolean canRerun() {
    return scriptText != null && overrides != null;
  }

  /** The recorded script text as a source at its recorded path, so relative paths resolve as in the run. */
  public SourceFile script() {
    return new SourceFile(scriptName, scriptPath, scriptText);
  }
}
