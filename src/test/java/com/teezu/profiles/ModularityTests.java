package com.teezu.profiles;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Repository;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layout STYLE.md describes, kept by the build: the feature packages form no cycles and use only
 * each other's public face; controllers and repositories stay package-private; SQL lives in
 * repositories.
 */
class ModularityTests {

    // the jOOQ classes generated from the migrations are the schema, shared by every repository
    static final ApplicationModules MODULES = ApplicationModules.of(TeezuProfilesApplication.class,
            resideInAPackage("com.teezu.profiles.db.."));

    static final JavaClasses OURS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.teezu.profiles");

    @Test
    void featuresOnlyUseEachOthersPublicFaceAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void eachFeatureIsAModuleOfItsOwn() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("auth", "content", "demo", "fantasy", "follow", "gifts", "media",
                        "messages", "notifications", "payments", "profile", "realtime", "shared", "stats", "subscriptions", "teezer", "users",
                        "wallet");
    }

    @Test
    void sharedOffersOnlyItsDatabaseAndWebInterfacesBesideItsBasePackage() {
        var shared = MODULES.getModuleByName("shared").orElseThrow();
        assertThat(shared.getNamedInterfaces().stream().map(n -> n.getName()))
                .contains("database", "web");
    }

    @Test
    void theTeezerModuleAnnouncesThroughEventsAndKnowsNothingOfSockets() {
        noClasses().that().resideInAPackage("com.teezu.profiles.teezer..")
                .should().dependOnClassesThat().resideInAPackage("com.teezu.profiles.realtime..")
                .check(OURS);
    }

    @Test
    void controllersAndRepositoriesStayInsideTheirFeature() {
        noClasses().that().haveSimpleNameEndingWith("Controller").or().haveSimpleNameEndingWith("Repository")
                .should().bePublic()
                .check(OURS);
    }

    @Test
    void sqlLivesInRepositories() {
        noClasses().that().areNotAnnotatedWith(Repository.class)
                .and().doNotHaveSimpleName("DemoDataLoader") // bulk-loads the demo rows once, at start
                .and().resideOutsideOfPackage("com.teezu.profiles.db..")
                .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .check(OURS);
    }
}
