package org.nimeta.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON text into {@link JsonValue}s that remember where they start. Accepts what Python's
 * {@code json} module accepts and NiMARE relies on: {@code NaN}, {@code Infinity}, {@code
 * -Infinity}; a repeated key keeps the later value (at the first key's position), with a warning.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");

  private JsonTree() {}

  /**
   * @param file     the file the text came from, for messages
   * @param warnings receives a warning per repeated object key. Modified.
   * @throws DataException when the text is not one JSON value
   */
  static JsonValue parse(Path file, String text, List<DataWarning> warnings) {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        throw new DataException(file, 0, 0, "The file is empty; expected a JSON object.");
      }
      JsonValue root = read(p, file, warnings);
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new DataException(file, at.getLineNr(), at.getColumnNr(),
            "Unexpected text after the end of the JSON object.");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw new DataException(file, line, column, syntaxError(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new DataException(file, 0, 0, "The file cannot be read as JSON (" + e.getMessage() + ").", e);
    }
  }

  private static JsonValue read(JsonParser p, Path file, List<DataWarning> warnings) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken t = p.currentToken();
    return switch (t) {
      case START_OBJECT -> {
        Map<String, JsonValue> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          int keyLine = p.currentTokenLocation().getLineNr();
          p.nextToken();
          if (map.put(key, read(p, file, warnings)) != null) {
            warnings.add(new DataWarning(DataWarning.Kind.OTHER, "`" + file.getFileName() + "` line " + keyLine + ": the key `"
                + key + "` appears twice in the same object; the later value is used, as NiMARE does.",
                List.of()));
          }
        }
        yield new JsonValue(map, line, column);
      }
      case START_ARRAY -> {
        List<JsonValue> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p, file, warnings));
        }
        yield new JsonValue(list, line, column);
      }
      case VALUE_STRING -> new JsonValue(p.getText(), line, column);
      case VALUE_NUMBER_INT -> new JsonValue(
          p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getDoubleValue() : (Object) p.getLongValue(),
          line, column);
      case VALUE_NUMBER_FLOAT -> new JsonValue(p.getDoubleValue(), line, column);
      case VALUE_TRUE -> new JsonValue(Boolean.TRUE, line, column);
      case VALUE_FALSE -> new JsonValue(Boolean.FALSE, line, column);
      case VALUE_NULL -> new JsonValue(null, line, column);
      default -> throw new DataException(file, line, column, "Unexpected JSON token `" + p.getText() + "`.");
    };
  }

  /** Jackson's message in our words (its own mention parser internals). */
  private static String syntaxError(String jackson) {
    String m = jackson == null ? "" : jackson;
    if (m.startsWith("Unexpected end-of-input")) {
      return "The JSON ends too early: a closing `}` or `]` is missing.";
    }
    Matcher character = UNEXPECTED_CHARACTER.matcher(m);
    if (character.lookingAt()) {
      return "The file is not valid JSON: unexpected `" + character.group(1) + "` here.";
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(m);
    if (token.lookingAt()) {
      return "The file is not valid JSON: unexpected `" + token.group(1) + "` here; expected a string, "
          + "a number, a list, an object, `true`, `false` or `null`.";
    }
    return "The file is not valid JSON here.";
  }
}
