package ru.probity;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The business areas are modules with no cycles and no access to each other's internals. */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ProbityApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModulePictureForTheDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
