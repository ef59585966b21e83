package org.nimeta.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nimeta.registry.Params.NullMethod;

/** A typed parameter is one declaration: the spec the compiler checks and the value a runner reads. */
class ParamTest {
  @Test
  void aParameterReadsItsResolvedValueAsItsJavaType() {
    Map<String, Value> resolved = Map.of("n_iters", new Value.Num(500, true), "null_method",
        new Value.Choice("montecarlo"), "fwhm", Value.NONE, "alpha", new Value.Num(0.01, false));
    assertEquals(500, Params.N_ITERS.of(resolved));
    assertEquals(Integer.class, Params.N_ITERS.javaType());
    assertEquals(NullMethod.MONTECARLO, Params.NULL_METHOD.of(resolved));
    assertEquals(NullMethod.class, Params.NULL_METHOD.javaType());
    assertEquals(OptionalDouble.empty(), Kernels.FWHM.of(resolved));
    assertEquals(0.01, Params.ALPHA.of(resolved));
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Params.N_ITERS.of(Map.of()));
    assertTrue(missing.getMessage().contains("`n_iters`"), missing.getMessage());
  }

  @Test
  void aChoiceTakesItsWordsFromItsEnumInOrder() {
    assertEquals(new ParamType.Choice(List.of("approximate", "montecarlo")), Params.NULL_METHOD.spec().type());
    assertEquals(new Value.Choice("approximate"), Params.NULL_METHOD.spec().defaultValue());
    assertTrue(Corrections.FWE_METHOD.spec().required(), "FWE's method has no default");
  }

  @Test
  void anotherDefinitionsDocKeepsNameTypeDefaultAndReading() {
    Param<Integer> documented = Params.N_ITERS.withDoc("Iterations of something else.")
        .onlyWith(Params.NULL_METHOD, NullMethod.MONTECARLO);
    assertEquals(Params.N_ITERS.name(), documented.name());
    assertEquals(Params.N_ITERS.spec().type(), documented.spec().type());
    assertEquals(Params.N_ITERS.spec().defaultValue(), documented.spec().defaultValue());
    assertEquals(new ParamSpec.OnlyWith("null_method", "montecarlo"), documented.spec().onlyWith());
    assertEquals(7, documented.of(Map.of("n_iters", new Value.Num(7, true))));
    assertFalse(documented.spec().doc().equals(Params.N_ITERS.spec().doc()));
  }

  @Test
  void aParameterUsedUnderOneWordHoldsOnlyWhenThatWordIsChosen() {
    ParamSpec.OnlyWith only = Params.NULL_ITERS.spec().onlyWith();
    assertEquals("null_method = montecarlo", only.written());
    assertTrue(only.holdsIn(Map.of("null_method", new Value.Choice("montecarlo"))));
    assertFalse(only.holdsIn(Map.of("null_method", new Value.Choice("approximate"))));
    assertFalse(only.holdsIn(Map.of()));
    assertEquals(null, Params.N_ITERS.spec().onlyWith(), "permutation tests always use their n_iters");
  }

  @Test
  void aRegistryRefusesAParameterUsedUnderAChoiceItDoesNotHave() {
    EstimatorDef orphan = EstimatorDef.builder("Orphan").coordinates()
        .params(Params.ALE_KERNEL, Params.NULL_ITERS)
        .outputs("stat")
        .doc("A toy.").citation("None.")
        .runner(in -> null)
        .build();
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Registry.builtin().with(orphan));
    assertTrue(refused.getMessage().contains("null_method = montecarlo"), refused.getMessage());
  }

  @Test
  void anIntegerParameterRefusesATypeThatAllowsFractions() {
    assertThrows(IllegalArgumentException.class,
        () -> Param.integer("k", ParamType.Number.positive(), 1, "A count."));
  }
}
