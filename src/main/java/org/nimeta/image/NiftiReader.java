package org.nimeta.image;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads NIfTI-1 and NIfTI-2 images, single-file or .hdr/.img pairs, plain or gzip-compressed (told
 * apart by the gzip magic bytes, not by the file name). Every failure becomes a
 * {@link NiftiException} that names the file.
 */
final class NiftiReader {
  private static final int BUFFER = 1 << 16;
  private static final int INITIAL_VOLUME_BUFFER = 1 << 22;

  /** What the caller accepts: exactly one 3-D volume, or every volume of a 3-D or 4-D image. */
  enum Volumes {
    ONE,
    ALL
  }

  private NiftiReader() {}

  static List<NiftiImage> read(Path file, Volumes wanted) {
    ImageSource src = ImageSource.of(file);
    long size = checkedSize(file, src);
    try (InputStream in = open(file, src)) {
      boolean compressed = in instanceof GZIPInputStream;
      NiftiHeader header = readHeader(in, src);
      checkVolumes(header, wanted, src);
      if (header.singleFile) {
        if (!compressed) {
          checkLength(header, size, src);
        }
        skip(in, header.voxOffset - header.headerSize, header, src);
        return readVolumes(in, header, compressed, src);
      }
      return readPairData(file, header, src);
    } catch (IOException e) {
      throw src.error("cannot be read (" + e.getMessage() + ")", e);
    }
  }

  static List<NiftiImage> read(InputStream stream, String displayName, Volumes wanted) {
    ImageSource src = ImageSource.of(displayName);
    try (InputStream in = maybeGunzip(new BufferedInputStream(stream, BUFFER))) {
      NiftiHeader header = readHeader(in, src);
      checkVolumes(header, wanted, src);
      if (!header.singleFile) {
        throw src.error("is the header of a .hdr/.img pair, whose voxel data lives in a separate file");
      }
      skip(in, header.voxOffset - header.headerSize, header, src);
      return readVolumes(in, header, in instanceof GZIPInputStream, src);
    } catch (IOException e) {
      throw src.error("cannot be read (" + e.getMessage() + ")", e);
    }
  }

  static long checkedSize(Path file, ImageSource src) {
    if (Files.isDirectory(file)) {
      throw src.error("is a folder, not a NIfTI file");
    }
    try {
      long size = Files.size(file);
      if (size == 0) {
        throw src.error("is empty");
      }
      return size;
    } catch (NoSuchFileException e) {
      throw src.error("does not exist", e);
    } catch (IOException e) {
      throw src.error("cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static InputStream open(Path file, ImageSource src) throws IOException {
    try {
      return maybeGunzip(new BufferedInputStream(Files.newInputStream(file), BUFFER));
    } catch (AccessDeniedException e) {
      throw src.error("cannot be read: permission denied", e);
    } catch (ZipException | EOFException e) {
      throw src.error("is damaged: it starts like a gzip file but its gzip header is broken", e);
    }
  }

  /** Wraps the stream in a gunzipper when it starts with the gzip magic bytes 1f 8b. */
  private static InputStream maybeGunzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, BUFFER) : in;
  }

  private static NiftiHeader readHeader(InputStream in, ImageSource src) throws IOException {
    byte[] first = new byte[4];
    int got = readFully(in, first, src);
    if (got == 0) {
      throw src.error("is empty");
    }
    int size = got == 4 ? NiftiHeader.announcedSize(first) : -1;
    if (size < 0) {
      throw src.error(notNifti(src));
    }
    byte[] header = new byte[size];
    System.arraycopy(first, 0, header, 0, 4);
    int rest = readFully(in, header, 4, size - 4, src);
    if (rest < size - 4) {
      throw src.error("is truncated: it ends inside its NIfTI header (after " + (4 + rest) + " of " + size
          + " bytes)");
    }
    return NiftiHeader.parse(header, src);
  }

  private static String notNifti(ImageSource src) {
    String name = src.name().toLowerCase(Locale.ROOT);
    if (name.endsWith(".img") || name.endsWith(".img.gz")) {
      return "is not a NIfTI header: it looks like the data half of a .hdr/.img pair; open the matching "
          + ".hdr file instead";
    }
    return "is not a NIfTI image: it does not start with a NIfTI-1 or NIfTI-2 header";
  }

  static void checkVolumes(NiftiHeader header, Volumes wanted, ImageSource src) {
    if (header.hasDimensionsBeyondFour) {
      throw src.error("has shape " + header.shape + ": nimeta reads 3-D images and 4-D series of 3-D volumes, "
          + "not images with more than 4 dimensions");
    }
    if (wanted == Volumes.ONE && header.volumes > 1) {
      throw src.error("holds " + header.volumes + " volumes (shape " + header.shape + "), but a single 3-D "
          + "image is needed here; split the series into one file per volume");
    }
  }

  private static void checkLength(NiftiHeader header, long fileSize, ImageSource src) {
    long promised = dataBytes(header);
    long held = Math.max(0, fileSize - header.voxOffset);
    if (held < promised) {
      throw truncated(promised, held, false, src);
    }
  }

  private static long dataBytes(NiftiHeader header) {
    return header.volumes * header.nx * header.ny * header.nz * header.datatype.bytes;
  }

  private static NiftiException truncated(long promised, long held, boolean compressed, ImageSource src) {
    return src.error(String.format(Locale.ROOT,
        "is truncated: the header promises %,d bytes of voxel data but the file holds %,d%s", promised, held,
        compressed ? " once decompressed" : ""));
  }

  /** Skips the extensions between the header and the voxel data. */
  private static void skip(InputStream in, long bytes, NiftiHeader header, ImageSource src) throws IOException {
    byte[] sink = new byte[(int) Math.min(BUFFER, Math.max(bytes, 0))];
    long left = bytes;
    while (left > 0) {
      int got = readFully(in, sink, 0, (int) Math.min(sink.length, left), src);
      if (got == 0) {
        throw src.error(String.format(Locale.ROOT,
            "is truncated: its voxel data should start at byte %,d but the file ends before it", header.voxOffset));
      }
      left -= got;
    }
  }

  private static List<NiftiImage> readPairData(Path headerFile, NiftiHeader header, ImageSource headerSrc)
      throws IOException {
    Path dataFile = pairedDataFile(headerFile, headerSrc);
    ImageSource src = ImageSource.of(dataFile);
    long size = checkedSize(dataFile, src);
    try (InputStream in = open(dataFile, src)) {
      boolean compressed = in instanceof GZIPInputStream;
      if (!compressed) {
        checkLength(header, size, src);
      }
      skip(in, header.voxOffset, header, src);
      return readVolumes(in, header, compressed, src);
    }
  }

  private static Path pairedDataFile(Path headerFile, ImageSource src) {
    String name = headerFile.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String base;
    if (lower.endsWith(".hdr")) {
      base = name.substring(0, name.length() - 4);
    } else if (lower.endsWith(".hdr.gz")) {
      base = name.substring(0, name.length() - 7);
    } else {
      throw src.error("holds the header of a .hdr/.img pair but is not named .hdr, so its data file cannot be "
          + "found");
    }
    for (String ext : new String[] {".img", ".img.gz", ".IMG", ".IMG.GZ"}) {
      Path candidate = headerFile.resolveSibling(base + ext);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw src.error("is the header of a .hdr/.img pair, but its data file `" + base + ".img` does not exist");
  }

  private static List<NiftiImage> readVolumes(InputStream in, NiftiHeader header, boolean compressed,
      ImageSource src) throws IOException {
    Grid grid = grid(header);
    int volumeBytes = grid.size() * header.datatype.bytes;
    List<NiftiImage> volumes = new ArrayList<>((int) Math.min(header.volumes, 1024));
    for (long v = 0; v < header.volumes; v++) {
      byte[] raw = readUpTo(in, volumeBytes, src);
      if (raw.length < volumeBytes) {
        throw truncated(dataBytes(header), v * volumeBytes + raw.length, compressed, src);
      }
      volumes.add(volume(grid, VoxelCodec.decode(raw, header.datatype, header.order), header));
    }
    if (compressed) {
      verifyGzipEnd(in, src);
    }
    return volumes;
  }

  static Grid grid(NiftiHeader header) {
    return new Grid(header.nx, header.ny, header.nz, header.affine, header.zooms);
  }

  /**
   * One volume from its stored values in NIfTI order, with scl_slope/scl_inter applied (the array
   * is modified); scaled integer data is reported as float32 (8- and 16-bit) or float64.
   */
  static NiftiImage volume(Grid grid, double[] values, NiftiHeader header) {
    NiftiDatatype stored = header.datatype;
    NiftiDatatype type = header.scaled && stored.isInteger()
        ? (stored.bytes <= 2 ? NiftiDatatype.FLOAT32 : NiftiDatatype.FLOAT64)
        : stored;
    if (header.scaled) {
      for (int i = 0; i < values.length; i++) {
        values[i] = values[i] * header.slope + header.inter;
      }
    }
    return new NiftiImage(grid, values, type);
  }

  /** Reads the rest of a gzip stream so that its checksum is verified. */
  private static void verifyGzipEnd(InputStream in, ImageSource src) throws IOException {
    try {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (EOFException e) {
      throw src.error("is truncated: its gzip stream ends before the end-of-file marker", e);
    } catch (ZipException e) {
      throw src.error("is damaged: its gzip checksum does not match the data", e);
    }
  }

  /**
   * Reads {@code length} bytes, or fewer when the data ends first. The buffer grows as data
   * arrives, so a damaged header that promises gigabytes cannot exhaust memory on a small file.
   */
  private static byte[] readUpTo(InputStream in, int length, ImageSource src) throws IOException {
    byte[] buffer = new byte[Math.min(length, INITIAL_VOLUME_BUFFER)];
    int filled = 0;
    while (true) {
      filled += readFully(in, buffer, filled, buffer.length - filled, src);
      if (filled < buffer.length || buffer.length == length) {
        return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
      }
      buffer = Arrays.copyOf(buffer, (int) Math.min(length, 2L * buffer.length));
    }
  }

  private static int readFully(InputStream in, byte[] into, ImageSource src) throws IOException {
    return readFully(in, into, 0, into.length, src);
  }

  /**
   * Reads up to {@code length} bytes; returns how many were read before the end of the data. A gzip
   * stream that is cut short counts as its end (the caller reports the truncation); corrupt gzip
   * data is reported here.
   */
  private static int readFully(InputStream in, byte[] into, int offset, int length, ImageSource src)
      throws IOException {
    int total = 0;
    try {
      while (total < length) {
        int n = in.read(into, offset + total, length - total);
        if (n < 0) {
          break;
        }
        total += n;
      }
    } catch (EOFException e) {
      return total;
    } catch (ZipException e) {
      throw src.error("is damaged: its gzip-compressed data is corrupt", e);
    }
    return total;
  }
}
