package org.nimeta.run;

/**
 * A file a run wrote.
 *
 * @param path        relative to the output directory, with {@code /} separators
 * @param generatedBy the name of the step that produced its content, or null for the plan itself
 * @param type        what it holds: {@code map}, {@code table} or {@code plan}
 */
public record OutputFile(String path, String generatedBy, String type) {}
