package io.newsroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Entity;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The layout STYLE.md asks for: package-private by default. Which feature may use which: {@link ModulesTest}. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.newsroom");

    @Test
    void controllersAreNeverPublic() {
        // meta-annotated: a @RestController is a controller too
        classes().that().areMetaAnnotatedWith(Controller.class).should().notBePublic().check(MAIN);
    }

    @Test
    void entitiesAndRepositoriesAreNeverPartOfAFeaturesApi() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should().notBePublic()
                .orShould().resideInAPackage("io.newsroom.*.*..")
                .because("a feature's top package is its API (ModulesTest); a public entity may only live in one of its inner packages")
                .check(MAIN);
    }

    @Test
    void controllersReadThroughTheirModulesServicesNeverARepository() {
        noClasses().that().areMetaAnnotatedWith(Controller.class).or().areMetaAnnotatedWith(ControllerAdvice.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("a module's query service is its one way in for reads")
                .check(MAIN);
    }

    @Test
    void noControllerRunsATransactionOfItsOwn() {
        noMethods().that().areDeclaredInClassesThat().areMetaAnnotatedWith(Controller.class)
                .should().beAnnotatedWith(Transactional.class)
                .because("a use case is one transactional method of a service, which the controller calls")
                .check(MAIN);
        noClasses().that().areMetaAnnotatedWith(Controller.class).should().beAnnotatedWith(Transactional.class).check(MAIN);
    }

    @Test
    void noComponentDependsOnMoreThanFiveOthers() {
        classes().that().areMetaAnnotatedWith(Component.class)
                .should(new ArchCondition<JavaClass>("have constructors of at most 5 parameters") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getConstructors().stream().filter(constructor -> constructor.getRawParameterTypes().size() > 5)
                                .forEach(constructor -> events.add(SimpleConditionEvent.violated(constructor,
                                        type.getSimpleName() + " has " + constructor.getRawParameterTypes().size()
                                                + " dependencies: it is doing two jobs")));
                    }
                })
                .check(MAIN);
    }

    /** What a {@code @Bean} method builds is a component too, with the same cap. */
    @Test
    void nothingBuiltInABeanMethodDependsOnMoreThanFiveOthers() {
        classes().should(new ArchCondition<JavaClass>("be built by @Bean methods with at most 5 collaborators") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getConstructorCallsToSelf().stream()
                                .filter(call -> call.getOrigin().isAnnotatedWith(Bean.class))
                                .filter(call -> call.getTarget().getRawParameterTypes().size() > 5)
                                .forEach(call -> events.add(SimpleConditionEvent.violated(call, type.getSimpleName()
                                        + " is built in " + call.getOrigin().getFullName() + " with "
                                        + call.getTarget().getRawParameterTypes().size() + " dependencies: it is doing two jobs")));
                    }
                })
                .check(MAIN);
    }

    /**
     * A module's top package is its API, built on its inner packages: an inner package that used a
     * service at the top would close a cycle (as the repository building a record nested in
     * ReleaseLookup once did).
     */
    @Test
    void innerPackagesDoNotUseTheServicesAtTheTopOfTheirModule() {
        classes().that().resideInAPackage("io.newsroom.*.*..")
                .should(new ArchCondition<JavaClass>("not depend on the services at the top of their own module") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String top = "io.newsroom." + type.getPackageName().split("\\.")[2];
                        type.getDirectDependenciesFromSelf().stream()
                                .filter(dependency -> dependency.getTargetClass().getPackageName().equals(top))
                                .filter(dependency -> dependency.getTargetClass().isMetaAnnotatedWith(Service.class)
                                        || dependency.getTargetClass().getEnclosingClass()
                                                .map(outer -> outer.isMetaAnnotatedWith(Service.class)).orElse(false))
                                .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                        dependency.getDescription())));
                    }
                })
                .check(MAIN);
    }

    /**
     * Inside a module, the inner packages form layers (account: staff administration over tokens,
     * over second factors, over signing in, over the model): none uses a package that uses it.
     */
    @Test
    void theInnerPackagesOfAModuleDependOnEachOtherWithoutCycles() {
        slices().matching("io.newsroom.(*).(*)..").namingSlices("$1/$2").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void nothingUsesTheOldDateApiButTheFeedWhoseLibraryNeedsIt() {
        noClasses().that().doNotHaveFullyQualifiedName("io.newsroom.discovery.FeedController")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date").check(MAIN);
    }
}
