package cn.aode.servicedesk.specialist.customer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The value, when given, is a valid mainland ID card number or unified social credit code
 * (see {@link IdNumbers}); null and blank mean "not given".
 */
@Documented
@Constraint(validatedBy = IdNumber.Validator.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface IdNumber {

	String message() default "must be a valid mainland ID card number or unified social credit code";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link IdNumber}. */
	class Validator implements ConstraintValidator<IdNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || IdNumbers.isValid(value.strip());
		}

	}

}
