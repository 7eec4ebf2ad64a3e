package com.teezu.profiles.content;

import com.teezu.profiles.auth.Visibility;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Form fields and query parameters name a visibility by its key ({@code locked}), as JSON does. */
@Component
class VisibilityConverter implements Converter<String, Visibility> {

    @Override
    public Visibility convert(String source) {
        return Visibility.fromKey(source.trim());
    }
}
