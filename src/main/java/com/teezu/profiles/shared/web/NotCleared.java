package com.teezu.profiles.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link Patch} field that may be left out but not set to {@code null}. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotCleared.Rule.class)
public @interface NotCleared {

    String message() default "may not be null";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<NotCleared, Patch<?>> {
        @Override
        public boolean isValid(Patch<?> value, ConstraintValidatorContext context) {
            return value == null || !value.cleared();
        }
    }
}
