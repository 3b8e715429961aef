package org.painpath.pathway.inputs;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whichever entry point, and whichever of its arguments are null (one, several or all), the call is
 * refused with an InvalidInputException naming exactly the null parameters, code {@code required}.
 */
class NullInputsProperties {

  private static final List<EntryPoint> ENTRY_POINTS = EntryPoints.all();

  /** An entry point and a non-empty set of its parameter positions to set to null. */
  record Nulled(EntryPoint entry, List<Integer> positions) {}

  @Provide
  Arbitrary<Nulled> nulledArguments() {
    return Arbitraries.of(ENTRY_POINTS)
        .flatMap(entry -> Arbitraries.of(IntStream.range(0, entry.parameters().size()).boxed().toList())
            .set().ofMinSize(1)
            .map(set -> new Nulled(entry, set.stream().sorted().toList())));
  }

  @Property(tries = 300)
  void any_argument_set_to_null_is_refused_naming_it(@ForAll("nulledArguments") Nulled nulled) {
    NullInputsTest.assertRefusedNaming(nulled.entry(), nulled.positions());
  }
}
