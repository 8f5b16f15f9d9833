package cn.aode.servicedesk.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The event contracts stay plain Java that every service and the CRM can read. */
class ContractBoundaryTests {

	private final JavaClasses contracts = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.aode.servicedesk.events");

	@Test
	void contractsUseNeitherSpringNorJacksonNorPersistence() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "tools.jackson..", "com.fasterxml.jackson..", "jakarta..")
			.check(contracts);
	}

	@Test
	void eventsAreRecords() {
		classes().that().implement(IntegrationEvent.class).should().beRecords().check(contracts);
	}

}
