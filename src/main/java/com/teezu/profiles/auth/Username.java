package com.teezu.profiles.auth;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** A username: 3–32 ASCII letters, digits or {@code _} (unique without regard to case). Null is left to {@code @NotNull}. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Username.Rule.class)
public @interface Username {

    String message() default "3–32 letters, digits or _";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<Username, String> {

        private static final Pattern PATTERN = Pattern.compile("^[A-Za-z0-9_]{3,32}$");

        public static boolean matches(String value) {
            return value != null && PATTERN.matcher(value).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || matches(value);
        }
    }
}
