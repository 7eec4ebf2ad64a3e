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

/**
 * Text a person wrote: at most {@link #max()} characters counted as code points (an emoji counts once),
 * no control characters, line/paragraph separators or lone surrogates; {@link #multiline()} allows
 * {@code \n}. Null is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Rule.class)
public @interface PlainText {

    int max();

    boolean multiline() default false;

    String message() default "at most {max} characters, no control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Rule implements ConstraintValidator<PlainText, String> {

        private int max;
        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            max = annotation.max();
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (value.codePointCount(0, value.length()) <= max && !hasControlCharacters(value, multiline));
        }

        public static boolean hasControlCharacters(String s, boolean multiline) {
            return s.codePoints().anyMatch(c -> (Character.isISOControl(c) && !(multiline && c == '\n'))
                    || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SURROGATE);
        }
    }
}
