package io.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * The diagrams and canvases in docs/architecture are what this model gives: written afresh into
     * target/ on every run, put in a fixed order, and compared. When they differ the committed ones
     * are replaced (so the change shows in {@code git status}) and the test fails until they are committed.
     */
    @Test
    void theCommittedModuleDocsAreCurrent() throws IOException {
        Path fresh = Path.of("target", "architecture");
        if (Files.isDirectory(fresh)) {
            try (var old = Files.list(fresh)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        var stale = new ArrayList<String>();
        try (var files = Files.list(fresh)) {
            for (Path generated : files.sorted().toList()) {
                var lines = inStableOrder(Files.readAllLines(generated));
                Path committed = DOCS.resolve(generated.getFileName());
                if (!Files.exists(committed) || !Files.readAllLines(committed).equals(lines)) {
                    stale.add(committed.toString());
                    Files.createDirectories(DOCS);
                    Files.write(committed, lines);
                }
            }
        }
        assertThat(stale).as("module docs that did not match the code (now rewritten: commit them)").isEmpty();
    }

    /**
     * The Documenter lists components, relations, and the entries of a canvas cell (the events a
     * module listens to among them, under a bar of their own) in no fixed order; sorting each run
     * of them gives the same files for the same code.
     */
    static List<String> inStableOrder(List<String> lines) {
        var result = new ArrayList<String>();
        var run = new ArrayList<String>();
        Run kind = Run.NONE;
        for (String line : lines) {
            Run lineKind = LISTED.matcher(line).lookingAt() ? Run.DIAGRAM
                    : line.startsWith("|* ") ? Run.CELL_START
                    : line.startsWith("* ") && kind == Run.CELL ? Run.CELL
                    : line.startsWith("* ") && (kind == Run.BAR || kind == Run.LIST) ? Run.LIST : Run.NONE;
            if (lineKind == Run.CELL || lineKind == Run.LIST || lineKind == Run.DIAGRAM && kind == Run.DIAGRAM) {
                run.add(line);
                continue;
            }
            flush(run, kind, result);
            switch (lineKind) {
                case DIAGRAM -> run.add(line);
                case CELL_START -> run.add(line.substring(1));
                default -> result.add(line);
            }
            kind = lineKind == Run.CELL_START ? Run.CELL : line.equals("|") ? Run.BAR : lineKind;
        }
        flush(run, kind, result);
        return result;
    }

    /** BAR: a cell's bar on a line of its own (events); LIST: the entries under it. */
    private enum Run { NONE, DIAGRAM, CELL_START, CELL, BAR, LIST }

    /** Sorts a run and adds it; a canvas cell's first entry keeps the cell's bar. */
    private static void flush(List<String> run, Run kind, List<String> result) {
        Collections.sort(run);
        if (kind == Run.CELL && !run.isEmpty()) {
            run.set(0, "|" + run.get(0));
        }
        result.addAll(run);
        run.clear();
    }
}
