package com.teezu.profiles.fantasy;

import com.teezu.profiles.auth.Consent;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A key of one of the fantasy catalogues (or, for consent, a level a fantasy profile may have). Null is left to {@code @NotNull}. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {InCatalog.Key.class, InCatalog.Level.class})
public @interface InCatalog {

    Of value();

    String message() default "unknown; see the catalogue";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Of { KINKS, INTENTS, AVAILABILITY, CONSENT_LEVELS }

    final class Key implements ConstraintValidator<InCatalog, String> {
        private Of of;

        @Override
        public void initialize(InCatalog annotation) {
            of = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) return true;
            return switch (of) {
                case KINKS -> FantasyCatalog.has(FantasyCatalog.KINKS, value);
                case INTENTS -> FantasyCatalog.has(FantasyCatalog.INTENTS, value);
                case AVAILABILITY -> FantasyCatalog.has(FantasyCatalog.AVAILABILITY, value);
                case CONSENT_LEVELS -> FantasyCatalog.CONSENT_LEVELS.contains(value);
            };
        }
    }

    /** A fantasy profile is suggestive or explicit, never "none". */
    final class Level implements ConstraintValidator<InCatalog, Consent> {
        @Override
        public boolean isValid(Consent value, ConstraintValidatorContext context) {
            if (value == null || value != Consent.NONE) return true;
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be suggestive or explicit").addConstraintViolation();
            return false;
        }
    }
}
