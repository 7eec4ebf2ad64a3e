package com.teezu.profiles.auth;

import com.teezu.profiles.shared.web.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A display name: not blank, at most {@value #MAX} characters (code points, so an emoji counts once), no
 * control characters or line breaks. Null is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DisplayName.Rule.class)
public @interface DisplayName {

    int MAX = 64;

    String message() default "1–64 characters, no control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<DisplayName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (!value.isBlank() && value.codePointCount(0, value.length()) <= MAX
                    && !PlainText.Rule.hasControlCharacters(value, false));
        }
    }
}
