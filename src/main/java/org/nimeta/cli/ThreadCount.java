package org.nimeta.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The bounds of {@code --threads}: each thread is a worker with its own buffers. */
final class ThreadCount {
  /** Far above any machine's cores; more threads would only cost memory (one set of buffers each). */
  static final int MAX = 1024;

  private ThreadCount() {}

  static void check(CommandSpec spec, int threads) {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "`--threads` must be at least 1, got " + threads + ".");
    }
    if (threads > MAX) {
      throw new ParameterException(spec.commandLine(), "`--threads` must be at most " + MAX + ", got " + threads
          + ": each thread holds its own buffers, and this machine has "
          + Runtime.getRuntime().availableProcessors() + " processors.");
    }
  }
}
