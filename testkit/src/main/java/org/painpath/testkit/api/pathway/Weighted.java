package org.painpath.testkit.api.pathway;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.painpath.pathway.command.Command;

/** Collects the commands that make sense in a state, each with a weight, and draws one of them. */
final class Weighted {

  private final List<Tuple2<Integer, Arbitrary<? extends Command>>> choices = new ArrayList<>();

  Weighted add(int weight, Arbitrary<? extends Command> commands) {
    choices.add(Tuple.of(weight, commands));
    return this;
  }

  Weighted add(int weight, Command command) {
    return add(weight, Arbitraries.just(command));
  }

  @SuppressWarnings("unchecked")
  Arbitrary<Command> draw() {
    List<Tuple2<Integer, Arbitrary<Command>>> all = new ArrayList<>();
    choices.forEach(c -> all.add(Tuple.of(c.get1(), (Arbitrary<Command>) c.get2())));
    return Arbitraries.frequencyOf(all.toArray(new Tuple2[0]));
  }
}
