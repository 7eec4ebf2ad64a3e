package com.teezu.profiles.shared.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither {@code DATABASE_URL} nor {@code spring.datasource.url} names a database. */
class NoExternalDatabaseCondition implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        return !env.containsProperty("spring.datasource.url") && !env.containsProperty("DATABASE_URL");
    }

    static boolean embedded(org.springframework.core.env.Environment env) {
        return !env.containsProperty("spring.datasource.url") && !env.containsProperty("DATABASE_URL");
    }
}
