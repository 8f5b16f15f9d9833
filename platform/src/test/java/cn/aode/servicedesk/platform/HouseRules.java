package cn.aode.servicedesk.platform;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house layout every service keeps, checked on its compiled classes: features as
 * packages without cycles, {@code web} and {@code messaging} at the edge, and test
 * classes named so that the build runs them. A service's test in its root package extends
 * this class. One instance serves all rules, so the classes are imported once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HouseRules {

	private static final String[] TEST_ANNOTATIONS = { "org.junit.jupiter.api.Test",
			"org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.api.RepeatedTest",
			"org.junit.jupiter.api.TestFactory", "net.jqwik.api.Property", "net.jqwik.api.Example" };

	private final String base = getClass().getPackageName();

	private final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(base);

	/**
	 * Main and test classes, with the platform's test support beside them so that tests
	 * inherited from {@link ServiceStartupContract} are seen.
	 */
	private final JavaClasses all = new ClassFileImporter().importPackages(base, HouseRules.class.getPackageName());

	@Test
	void featuresDoNotDependOnEachOtherInCycles() {
		slices().matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(main);
	}

	@Test
	void theDomainDoesNotUseWebOrMessaging() {
		noClasses().that()
			.resideOutsideOfPackages("..web..", "..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(base + "..web..", base + "..messaging..")
			.check(main);
	}

	@Test
	void everyClassLivesInAFeatureOrItsWebOrMessagingPackage() {
		classes().should().resideInAnyPackage(base, base + ".*", base + ".*.web", base + ".*.messaging").check(main);
		classes().that()
			.resideInAPackage(base)
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.beAnnotatedWith(SpringBootApplication.class)
			.as("the root package holds only the application class; everything else is in a feature")
			.check(main);
	}

	@Test
	void controllersAreInWebAndListenersInMessaging() {
		classes().that()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAPackage("..web")
			.allowEmptyShould(true)
			.check(main);
		classes().that(haveMethodsAnnotatedWith(KafkaListener.class.getName()))
			.should()
			.resideInAPackage("..messaging")
			.allowEmptyShould(true)
			.check(main);
	}

	@Test
	void everyTestClassIsNamedSoTheBuildRunsIt() {
		classes().that(haveMethodsAnnotatedWith(TEST_ANNOTATIONS))
			.and()
			.resideInAPackage(base + "..")
			.and()
			.doNotHaveModifier(JavaModifier.ABSTRACT)
			.should(beNamedForTheTestRunner())
			.check(all);
	}

	private static DescribedPredicate<JavaClass> haveMethodsAnnotatedWith(String... names) {
		return DescribedPredicate.describe("have methods (own or inherited) annotated with " + String.join(", ", names),
				type -> type.getAllMethods().stream().anyMatch(method -> isAnnotated(method, names)));
	}

	private static boolean isAnnotated(JavaMethod method, String... names) {
		for (String name : names) {
			if (method.isAnnotatedWith(name)) {
				return true;
			}
		}
		return false;
	}

	private static ArchCondition<JavaClass> beNamedForTheTestRunner() {
		return new ArchCondition<>("be named *Tests or *Properties, the names Surefire runs") {
			@Override
			public void check(JavaClass item, ConditionEvents events) {
				String name = item.getSimpleName();
				boolean run = name.endsWith("Tests") || name.endsWith("Properties");
				if (!run && !item.isNestedClass()) {
					events.add(SimpleConditionEvent.violated(item,
							item.getName() + " has tests but no build plugin runs a class named " + name));
				}
			}
		};
	}

}
