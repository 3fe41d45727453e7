package io.newsroom;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are modules (the packages directly under {@code io.newsroom}): each may use only
 * what another offers (its public types at the top of its package, or a named interface), and no
 * two depend on each other in a cycle. The diagrams of docs/architecture are written from the same
 * model.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(NewsroomApplication.class);

    @Test
    void everyModuleUsesOnlyWhatTheOthersOffer() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
