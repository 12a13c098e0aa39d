package ru.probity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The module template of docs/architecture.md, enforced: engines (every subpackage of a module, and
 * the engine modules) are free of Spring and Jakarta; only stores hold a JDBC client; refusals and
 * their translation into pages and problem details exist once, in platform.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ru.probity");

    /** Modules that are engines as a whole: no framework code at all. */
    private static final String[] ENGINE_MODULES = {"ru.probity.identifiers..", "ru.probity.cases.."};

    @Test
    void enginesAreFreeOfFrameworks() {
        noClasses()
                .that(inASubpackageOfAModule())
                .or()
                .resideInAnyPackage(ENGINE_MODULES)
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..")
                .because("engines are plain Java: rules, file formats, documents (docs/architecture.md)")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyStoresHoldAJdbcClient() {
        noClasses()
                .that(DescribedPredicate.not(inAStore()))
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcOperations.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcOperations.class)
                .because("SQL lives in a module's *Store classes only (docs/architecture.md)")
                .check(CLASSES);
    }

    @Test
    void storesLiveInTheirModulesTopPackage() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Store")
                .and()
                .areTopLevelClasses()
                .should()
                .resideInAPackage("ru.probity.*")
                .andShould()
                .notBePublic()
                .because("a store is its module's private business; others use the module's services")
                .check(CLASSES);
    }

    @Test
    void refusalsAreTranslatedOnceInPlatform() {
        noMethods()
                .that()
                .areAnnotatedWith(ExceptionHandler.class)
                .should()
                .beDeclaredInClassesThat()
                .resideOutsideOfPackage("ru.probity.platform")
                .because("one page advice and one API advice (platform.ErrorPages, platform.ApiProblems)")
                .check(CLASSES);
        classes()
                .that()
                .areAnnotatedWith(RestControllerAdvice.class)
                .should()
                .resideInAPackage("ru.probity.platform")
                .check(CLASSES);
    }

    @Test
    void thereIsOneNotFoundAndOneRefusal() {
        noClasses()
                .that()
                .resideOutsideOfPackage("ru.probity.platform")
                .and()
                .areAssignableTo(RuntimeException.class)
                .should()
                .haveSimpleNameContaining("NotFound")
                .orShould()
                .haveSimpleNameEndingWith("Refused")
                .orShould()
                .haveSimpleNameStartingWith("Invalid")
                .orShould()
                .haveSimpleNameEndingWith("ValidationException")
                .because("a rule says no with platform.Refusal, a missing record is platform.NotFound")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> inASubpackageOfAModule() {
        return DescribedPredicate.describe(
                "in a subpackage of a module",
                c -> c.getPackageName().startsWith("ru.probity.")
                        && c.getPackageName().chars().filter(ch -> ch == '.').count() >= 3);
    }

    private static DescribedPredicate<JavaClass> inAStore() {
        return DescribedPredicate.describe("a store (or a class nested in one)", c -> {
            JavaClass outer = c;
            while (outer.getEnclosingClass().isPresent()) {
                outer = outer.getEnclosingClass().get();
            }
            return outer.getSimpleName().endsWith("Store");
        });
    }
}
