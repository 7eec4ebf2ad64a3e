package com.teezu.profiles.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error answer peculiar to one operation (409 on register, 429 on log-in …), for the API document;
 * {@link ApiDocs} adds the ones every operation has and gives each the problem+json body. (Unlike
 * springdoc's {@code @ApiResponse}, this leaves the operation's success response as springdoc infers it.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

    int status();

    String description();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        ProblemResponse[] value();
    }
}
