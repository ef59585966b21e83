package org.nimeta.run;

import java.nio.file.Path;

/** A child process for {@link OutputLockTest}: takes the lock of {@code args[0]}, says so, and waits to be killed. */
final class HoldsOutputLock {
  private HoldsOutputLock() {}

  public static void main(String[] args) throws Exception {
    OutputLock lock = OutputLock.acquire(Path.of(args[0]), "`child.meta`");
    System.out.println("held");
    System.out.flush();
    Thread.sleep(120_000);
    lock.close();
  }
}
