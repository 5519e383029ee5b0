package org.plumbline.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: cli → web → report → io → core; the core has no I/O and few dependencies. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.plumbline");

    @Test
    void coreDependsOnlyOnJavaHipparchusAndGeographicLib() {
        classes().that().resideInAPackage("org.plumbline.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.plumbline.core..", "java.lang..",
                        "java.util..", "java.math..", "org.hipparchus..", "net.sf.geographiclib..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNoIo() {
        noClasses().that().resideInAPackage("org.plumbline.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..")
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void ioDoesNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage("org.plumbline.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.plumbline.cli..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void theReportIsAThinLayerBelowTheCommandLine() {
        noClasses().that().resideInAPackage("org.plumbline.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.plumbline.cli..", "picocli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.plumbline.core..", "org.plumbline.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.plumbline.report..")
                .check(CLASSES);
    }

    @Test
    void theWebServerSitsBesideTheCommandLine() {
        noClasses().that().resideInAPackage("org.plumbline.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.plumbline.cli..", "picocli..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.plumbline.core..", "org.plumbline.io..", "org.plumbline.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.plumbline.web..", "io.javalin..",
                        "org.eclipse.jetty..")
                .check(CLASSES);
    }

    @Test
    void theOrekitReferenceStaysOutOfTheProduct() {
        noClasses().that().resideInAnyPackage("org.plumbline.core..", "org.plumbline.io..", "org.plumbline.report..",
                        "org.plumbline.web..", "org.plumbline.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.orekit..", "org.plumbline.reference..")
                .check(CLASSES);
    }
}
