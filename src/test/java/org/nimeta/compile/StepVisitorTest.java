package org.nimeta.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every consumer of plan steps dispatches through {@link Step.Visitor}, so adding a kind of step
 * must fail the build of every consumer that does not handle it. These tests keep that true: the
 * visitor has one abstract method per kind, every kind dispatches to its own, and no main code
 * goes back to testing a step's class.
 */
class StepVisitorTest {
  private static final List<Class<?>> KINDS = List.of(Step.class.getPermittedSubclasses());

  @Test
  void theVisitorHasExactlyOneMethodPerKindOfStep() {
    List<Method> methods = Arrays.stream(Step.Visitor.class.getDeclaredMethods())
        .filter(m -> !m.isSynthetic()).toList();
    assertEquals(KINDS.size(), methods.size(), "one visitor method per permitted Step: " + methods);
    for (Class<?> kind : KINDS) {
      List<Method> forKind = methods.stream()
          .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == kind).toList();
      assertEquals(1, forKind.size(), "visitor methods taking " + kind.getSimpleName() + ": " + forKind);
    }
  }

  @Test
  void theVisitorHasNoDefaultsThatWouldLetAConsumerForgetAKind() {
    for (Method m : Step.Visitor.class.getDeclaredMethods()) {
      assertTrue(Modifier.isAbstract(m.getModifiers()), m + " must be abstract");
      assertFalse(m.isDefault(), m + " must not be a default method");
    }
  }

  @Test
  void everyKindOfStepImplementsAccept() throws NoSuchMethodException {
    assertFalse(KINDS.isEmpty());
    for (Class<?> kind : KINDS) {
      assertTrue(kind.isRecord(), kind + " is a record, whose accept cannot be inherited from another kind");
      Method accept = kind.getDeclaredMethod("accept", Step.Visitor.class);
      assertFalse(Modifier.isAbstract(accept.getModifiers()), kind + ".accept");
    }
  }

  @Test
  void noMainCodeTestsTheClassOfAStep() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          return Files.readString(p).contains("instanceof Step.");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(Path::toString).toList();
      assertEquals(List.of(), offenders, "dispatch on a step through Step.Visitor, or read one kind with Step.only");
    }
  }
}
