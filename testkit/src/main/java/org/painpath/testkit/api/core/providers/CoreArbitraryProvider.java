package org.painpath.testkit.api.core.providers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.schedule.Frequency;
import org.painpath.testkit.api.core.Clearances;
import org.painpath.testkit.api.core.Doses;
import org.painpath.testkit.api.core.Frequencies;
import org.painpath.testkit.api.core.Patients;
import org.painpath.testkit.api.core.Quantities;
import org.apiguardian.api.API;

/**
 * Makes {@code @ForAll Patient} (and Dose, DailyDose, Quantity, Frequency, CreatinineClearance,
 * SerumCreatinine) work in any test that has painpath-testkit on its classpath. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; jqwik instantiates it, so it keeps a
 * public no-argument constructor.
 */
@API(status = EXPERIMENTAL)
public final class CoreArbitraryProvider implements ArbitraryProvider {

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS =
      Map.of(
          Patient.class, Patients::any,
          Dose.class, Doses::milligrams,
          DailyDose.class, Doses::dailyMilligrams,
          Quantity.class, Quantities::milligrams,
          Frequency.class, Frequencies::all,
          CreatinineClearance.class, Clearances::all,
          SerumCreatinine.class, Clearances::serumCreatinines);

  /**
   * The core types this provider generates for {@code @ForAll}.
   *
   * @return the types this provider answers for
   */
  public static Set<Class<?>> providedTypes() {
    return DEFAULTS.keySet();
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return DEFAULTS.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return DEFAULTS.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(e -> e.getValue().get())
        .collect(java.util.stream.Collectors.toSet());
  }
}
