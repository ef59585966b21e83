package org.nimeta.run;

/** The output directory cannot be used as asked (not empty without {@code --force}, or a file). */
public final class OutputRefusedException extends Exception {
  public OutputRefusedException(String message) {
    super(message);
  }
}
