package com.teezu.profiles.teezer;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.shared.web.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** API.md "Teezer replies": the creator's persona card, reply bank, try box, audit and per-conversation switches. */
@RestController
class TeezerStudioController {

    private final TeezerStudio studio;

    TeezerStudioController(TeezerStudio studio) {
        this.studio = studio;
    }

    record PersonaRequest(
            @Schema(description = "How Teezer sounds: \"playful, warm, a little teasing\"")
            @NotNull(message = "is required") @PlainText(max = 300, message = "at most 300 characters, no control characters") String tone,
            @Schema(description = "What she never does or talks about, in her words")
            @NotNull(message = "is required") @PlainText(max = 1000, multiline = true, message = "at most 1,000 characters, no control characters")
            String boundaries,
            @Schema(description = "Words or phrases no answer may mention (whole words, any case)")
            @NotNull(message = "is required") @Size(max = 30, message = "at most 30 topics")
            List<@NotBlank(message = "must not be empty") @PlainText(max = 40, message = "at most 40 characters, no control characters") String> bannedTopics) {
    }

    record EntryRequest(
            @Schema(description = "answer (default), greeting, boundary or away (sent when nothing is close enough)")
            Responder.@Nullable Kind kind,
            @Schema(description = "How fans ask it, one way per line (up to 10); may be empty for an away line")
            @NotNull(message = "is required") @PlainText(max = 600, multiline = true, message = "at most 600 characters, no control characters")
            String prompt,
            @Schema(description = "Her answer; may hold the slots {fan}, {creator}, {timeOfDay} and {nextLive}")
            @NotBlank(message = "must not be empty") @PlainText(max = 600, multiline = true, message = "at most 600 characters, no control characters")
            String answer,
            @Schema(description = "Sent only to fans whose consent preference is explicit")
            @Nullable Boolean explicit) {
        Responder.Kind kindOrDefault() {
            return kind == null ? Responder.Kind.ANSWER : kind;
        }
    }

    record TryRequest(@NotBlank(message = "must not be empty") @PlainText(max = 2000, multiline = true,
            message = "at most 2,000 characters, no control characters") String text,
                      @Schema(description = "Answer as to a fan whose consent preference is explicit (default true)") @Nullable Boolean explicitFan) {
    }

    record ThreadRequest(@Schema(description = "The per-fan switch: false = Teezer never answers in this conversation") @Nullable Boolean enabled,
                         @Schema(description = "true = Teezer may answer here again now (ends the pause after her own message, and a handover)")
                         @Nullable Boolean resume) {
    }

    @GetMapping("/api/users/me/teezer/persona")
    TeezerStudio.Persona persona(@AuthenticationPrincipal AuthUser caller) {
        return studio.persona(caller);
    }

    @PutMapping("/api/users/me/teezer/persona")
    TeezerStudio.Persona savePersona(@AuthenticationPrincipal AuthUser caller, @Valid @RequestBody PersonaRequest body) {
        return studio.savePersona(caller, new TeezerStudio.Persona(body.tone(), body.boundaries(), body.bannedTopics()));
    }

    @GetMapping("/api/users/me/teezer/replies")
    TeezerStudio.Entries entries(@AuthenticationPrincipal AuthUser caller) {
        return studio.entries(caller);
    }

    @PostMapping("/api/users/me/teezer/replies")
    @ResponseStatus(HttpStatus.CREATED)
    TeezerStudio.Entry add(@AuthenticationPrincipal AuthUser caller, @Valid @RequestBody EntryRequest body) {
        return studio.add(caller, body.kindOrDefault(), body.prompt(), body.answer(), Boolean.TRUE.equals(body.explicit()));
    }

    @PutMapping("/api/users/me/teezer/replies/{id}")
    TeezerStudio.Entry update(@AuthenticationPrincipal AuthUser caller, @PathVariable String id, @Valid @RequestBody EntryRequest body) {
        return studio.update(caller, id, body.kindOrDefault(), body.prompt(), body.answer(), Boolean.TRUE.equals(body.explicit()));
    }

    @DeleteMapping("/api/users/me/teezer/replies/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AuthUser caller, @PathVariable String id) {
        studio.delete(caller, id);
    }

    @PostMapping("/api/users/me/teezer/try")
    TeezerStudio.Tried tryIt(@AuthenticationPrincipal AuthUser caller, @Valid @RequestBody TryRequest body) {
        return studio.tryIt(caller, body.text(), !Boolean.FALSE.equals(body.explicitFan()));
    }

    @GetMapping("/api/users/{id}/teezer/activity")
    TeezerStudio.Activity activity(@AuthenticationPrincipal AuthUser caller, @PathVariable String id,
                                   @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return studio.activity(caller, id, cursor, limit);
    }

    @GetMapping("/api/users/me/teezer/conversations/{conversationId}")
    TeezerStudio.ThreadState thread(@AuthenticationPrincipal AuthUser caller, @PathVariable String conversationId) {
        return studio.thread(caller, conversationId);
    }

    @PatchMapping("/api/users/me/teezer/conversations/{conversationId}")
    TeezerStudio.ThreadState setThread(@AuthenticationPrincipal AuthUser caller, @PathVariable String conversationId,
                                       @Valid @RequestBody ThreadRequest body) {
        return studio.setThread(caller, conversationId, body.enabled(), Boolean.TRUE.equals(body.resume()));
    }
}
