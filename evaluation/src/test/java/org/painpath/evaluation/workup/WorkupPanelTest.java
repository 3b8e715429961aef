package org.painpath.evaluation.workup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.CodeSystem;

class WorkupPanelTest {

  @Test
  void the_panel_orders_tsh_ck_creatinine_liver_enzymes_inflammation_vitamin_d_and_bone_tests_by_loinc() {
    List<LabOrder> panel = Workup.panel(PanelFixture.adult(55));

    assertThat(panel)
        .extracting(o -> o.loinc().code())
        .containsExactly("3016-3", "2157-6", "2160-0", "1742-6", "1920-8", "6768-6", "4537-7", "1988-5", "62292-8",
            "17861-6", "14879-1");
    assertThat(panel).allSatisfy(o -> {
      assertThat(o.loinc().system()).isEqualTo(CodeSystem.LOINC);
      assertThat(o.reason()).isNotBlank();
      assertThat(o.citations()).isNotEmpty();
    });
  }

  @Test
  void hba1c_is_offered_as_optional_not_ordered() {
    assertThat(Workup.optionalOrders()).extracting(o -> o.loinc().code()).containsExactly("4548-4");
    assertThat(Workup.panel(PanelFixture.adult(40))).noneMatch(o -> o.loinc().code().equals("4548-4"));
  }

  @Test
  void creatinine_is_ordered_for_both_the_dosing_clearance_and_the_staging_egfr() {
    LabOrder creatinine =
        Workup.panel(PanelFixture.adult(70)).stream().filter(o -> o.loinc().code().equals("2160-0")).findFirst()
            .orElseThrow();

    assertThat(creatinine.reason()).contains("Cockcroft-Gault", "eGFR");
    assertThat(creatinine.citations()).extracting(c -> c.fact()).contains("LAB-04", "EQ-01", "EQ-02");
  }
}
