package com.teezu.profiles.profile;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API document's example profile: the seed's creator, {@code lovelylena}, as she sees her own page. */
@Component
class ProfileApiDocs implements OpenApiCustomizer {

    static final String LOVELYLENA = "#/components/examples/lovelylenaProfile";

    @Override
    public void customise(OpenAPI api) {
        try (InputStream in = new ClassPathResource("openapi/lovelylena-profile.json").getInputStream()) {
            api.getComponents().addExamples("lovelylenaProfile", new Example()
                    .summary("lovelylena, seen by herself (the owner and staff also get privateStats)")
                    .value(Json.mapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
