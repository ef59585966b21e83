package org.nimeta.image;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads NeuroJSON's JNIfTI images: text ({@code .jnii}, JSON) and binary ({@code .bnii}, BJData),
 * told apart by content. The {@code NIFTIHeader} becomes the same header fields a NIfTI file
 * holds, checked and repaired by {@link NiftiHeader} exactly as a binary header is, so a JNIfTI
 * image has the affine, voxel sizes and scaling nimeta would read from the NIfTI it came from.
 *
 * <p>{@code NIFTIData} may be an annotated array, compressed ({@code _ArrayZipData_}, see
 * {@link JniftiData}) or not ({@code _ArrayData_}), a direct (nested) array, or the structure form
 * holding one of those as {@code Data}. Every fault is a {@link NiftiException} naming the file and
 * the place in it: a JSON line and column, a BJData byte offset, or the key that is wrong.
 */
final class JniftiReader {
  private static final JsonMapper JSON = JsonMapper.builder()
      // Tools write raw newlines inside long base64 strings, and NaN as a bare word.
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private JniftiReader() {}

  /** Whether {@code file} is to be read as JNIfTI: named {@code .jnii}/{@code .bnii}, or starting with "{". */
  static boolean isJnifti(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(ImageFormat.JNIFTI.suffix()) || name.endsWith(ImageFormat.BNII.suffix())) {
      return true;
    }
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (var in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(64);
      int first = firstNonBlank(start);
      return first >= 0 && start[first] == '{';
    } catch (IOException e) {
      return false; // the NIfTI reader reports why the file cannot be read
    }
  }

  static List<NiftiImage> read(Path file, NiftiReader.Volumes wanted) {
    ImageSource src = ImageSource.of(file);
    NiftiReader.checkedSize(file, src);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw src.error("cannot be read: permission denied", e);
    } catch (IOException e) {
      throw src.error("cannot be read (" + e.getMessage() + ")", e);
    } catch (OutOfMemoryError e) {
      throw src.error("is too large for nimeta to read into memory", e);
    }
    JsonNode root = parse(bytes, src);
    return JniftiImage.of(root, src, wanted);
  }

  /** The file's tree: JSON for text JNIfTI, BJData (its packed arrays as {@link TypedArray}s) for binary. */
  static JsonNode parse(byte[] bytes, ImageSource src) {
    int first = firstNonBlank(bytes);
    if (first < 0 || bytes[first] != '{') {
      throw src.error("is not a JNIfTI file: it does not start with `{` (text JNIfTI is a JSON object, "
          + "binary JNIfTI a BJData object)");
    }
    if (first + 1 < bytes.length && "UiIulmLM$#N".indexOf(bytes[first + 1]) >= 0) {
      return BjdataReader.read(bytes, src);
    }
    try {
      return JSON.readTree(bytes);
    } catch (JsonEOFException e) {
      throw src.error("is truncated: its JSON ends at line " + e.getLocation().getLineNr()
          + " before the object that holds the image is closed", e);
    } catch (JsonParseException e) {
      throw src.error("is not valid JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + firstLine(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      throw src.error("is not valid JSON: " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw src.error("cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** The first byte that is not a UTF-8 byte order mark or JSON white space, or -1. */
  private static int firstNonBlank(byte[] b) {
    int i = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
      i++;
    }
    return i < b.length ? i : -1;
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  /** The keys of {@code node} that start with {@code prefix}, for messages. */
  static List<String> keysStartingWith(JsonNode node, String prefix) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (k.startsWith(prefix)) {
        keys.add(k);
      }
    }
    return keys;
  }
}
