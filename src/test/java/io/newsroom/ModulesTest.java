package io.newsroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

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

    private static final Path DOCS = Path.of("docs", "architecture");
    private static final Pattern LISTED = Pattern.compile("\\s*(Rel|Component)\\(");

    private static final ApplicationModules MODULES = ApplicationModules.of(NewsroomApplication.class);

    @Test
    void everyModuleUsesOnlyWhatTheOthersOffer() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(DOCS)) {
            for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
    }

    /**
     * The Documenter lists components and relations in no fixed order; sorting each run of them
     * keeps the committed diagrams unchanged by a build that changed no dependency.
     */
    private static List<String> inStableOrder(List<String> lines) {
        var result = new ArrayList<String>();
        var run = new ArrayList<String>();
        for (String line : lines) {
            if (LISTED.matcher(line).lookingAt()) {
                run.add(line);
                continue;
            }
            Collections.sort(run);
            result.addAll(run);
            run.clear();
            result.add(line);
        }
        Collections.sort(run);
        result.addAll(run);
        return result;
    }
}
