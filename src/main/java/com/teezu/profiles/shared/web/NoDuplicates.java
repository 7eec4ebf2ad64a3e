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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** No entry twice in a list; each repeat is reported at its own index ({@code kinks[3]}). */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoDuplicates.Rule.class)
public @interface NoDuplicates {

    String message() default "duplicate";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<NoDuplicates, List<?>> {
        @Override
        public boolean isValid(List<?> value, ConstraintValidatorContext context) {
            if (value == null) return true;
            Set<Object> seen = new HashSet<>();
            boolean valid = true;
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i) != null && !seen.add(value.get(i))) {
                    if (valid) context.disableDefaultConstraintViolation();
                    valid = false;
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addBeanNode().inIterable().atIndex(i).addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
