package org.qingsong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {
  private final ApplicationModules modules = ApplicationModules.of(QingsongApplication.class);

  @Test
  void modulesRespectTheirBoundariesAndHaveNoCycles() {
    modules.verify();
  }

  @Test
  void writesTheModuleDiagrams() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
