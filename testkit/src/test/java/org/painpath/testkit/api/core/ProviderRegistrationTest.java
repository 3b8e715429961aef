package org.painpath.testkit.api.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.schedule.Frequency;
import org.painpath.testkit.api.core.providers.CoreArbitraryProvider;

class ProviderRegistrationTest {

  @Test
  void the_core_provider_is_registered_for_jqwik_through_meta_inf_services() {
    assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(CoreArbitraryProvider.class);
  }

  @Test
  void the_core_provider_answers_for_the_core_types_and_only_for_them() {
    CoreArbitraryProvider provider = new CoreArbitraryProvider();
    for (Class<?> type : new Class<?>[] {Patient.class, Dose.class, DailyDose.class, Frequency.class, CreatinineClearance.class}) {
      assertThat(provider.canProvideFor(TypeUsage.of(type))).as(type.getSimpleName()).isTrue();
      assertThat(provider.provideFor(TypeUsage.of(type), t -> java.util.Set.of())).hasSize(1);
    }
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(CoreArbitraryProvider.providedTypes()).hasSize(7);
  }
}
