package org.nimeta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/errors.md documents exactly the codes nimeta emits, in order, with their slugs. */
class ErrorCodeDocsTest {

  @Test
  void everyCodeIsDocumentedAndNothingElse() throws IOException {
    String doc = Files.readString(Path.of("docs/errors.md"));
    Matcher m = Pattern.compile("(?m)^## ([EW]\\d{4}) ([a-z-]+)$").matcher(doc);
    List<String> documented = new ArrayList<>();
    while (m.find()) {
      documented.add(m.group(1) + " " + m.group(2));
    }
    List<String> codes = Arrays.stream(ErrorCode.values()).map(c -> c.code() + " " + c.slug()).toList();
    assertEquals(codes, documented);
  }

  @Test
  void codesAreUnique() {
    assertEquals(ErrorCode.values().length,
        Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct().count());
  }
}
