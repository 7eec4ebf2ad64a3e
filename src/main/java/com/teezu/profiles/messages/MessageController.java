package com.teezu.profiles.messages;

import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.DmAudience;
import com.teezu.profiles.shared.web.PlainText;
import com.teezu.profiles.shared.web.ProblemResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import com.teezu.profiles.shared.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.UUID;

@RestController
class MessageController {

    private final MessageService messages;

    MessageController(MessageService messages) {
        this.messages = messages;
    }

    record SendRequest(@NotBlank(message = "must not be empty")
                       @PlainText(max = 2000, multiline = true, message = "at most 2,000 characters, no control characters") String text,
                       @Nullable UUID mediaId,
                       @Min(value = 1, message = "a paid message costs 1–100,000 tokens")
                       @Max(value = 100_000, message = "a paid message costs 1–100,000 tokens") @Nullable Integer priceTokens,
                       @Schema(description = "The most the sender agrees to pay for sending this message (the price per message she was shown); "
                               + "needed where the recipient charges one, else 409 `price-not-accepted` with the price")
                       @Min(value = 0, message = "at least 0") @Max(value = 100_000, message = "at most 100,000") @Nullable Integer maxPriceTokens) {
        MessageService.Send send() {
            return new MessageService.Send(text, mediaId, priceTokens, maxPriceTokens);
        }
    }

    record ReadRequest(@NotNull(message = "is required") UUID upTo) {
    }

    record UnreadView(int unread) {
    }

    record PolicyRequest(@NotNull(message = "must be everyone, followers or subscribers") DmAudience whoMayWrite,
                         @Min(value = 1, message = "1–100,000 tokens, or leave it out for free messages")
                         @Max(value = 100_000, message = "1–100,000 tokens, or leave it out for free messages") @Nullable Integer priceTokens) {
    }

    @GetMapping("/api/conversations")
    MessageService.ConversationPage conversations(@AuthenticationPrincipal AuthUser caller, @RequestParam(required = false) String cursor,
                                                  @RequestParam(required = false) Integer limit) {
        return messages.conversations(caller, cursor, limit);
    }

    @GetMapping("/api/conversations/unread")
    UnreadView unread(@AuthenticationPrincipal AuthUser caller) {
        return new UnreadView(messages.totalUnread(caller));
    }

    @PostMapping("/api/users/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 402, description = "Not enough tokens for the creator's price per message; nothing was sent")
    @ProblemResponse(status = 409, description = "The message costs more than `maxPriceTokens` (`price-not-accepted`, with `priceTokens`); nothing was sent")
    @ProblemResponse(status = 422, description = "The Idempotency-Key was used for a different request")
    @ProblemResponse(status = 429, description = "Too many messages or new conversations; see `Retry-After`")
    ResponseEntity<MessageView> sendTo(@PathVariable String id, @Valid @RequestBody SendRequest body,
                                       @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                       @AuthenticationPrincipal AuthUser caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(messages.sendTo(caller, id, body.send(), key));
    }

    @PostMapping("/api/conversations/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 402, description = "Not enough tokens for the creator's price per message; nothing was sent")
    @ProblemResponse(status = 409, description = "The message costs more than `maxPriceTokens` (`price-not-accepted`, with `priceTokens`); nothing was sent")
    @ProblemResponse(status = 422, description = "The Idempotency-Key was used for a different request")
    @ProblemResponse(status = 429, description = "Too many messages; see `Retry-After`")
    ResponseEntity<MessageView> send(@PathVariable String id, @Valid @RequestBody SendRequest body,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key,
                                     @AuthenticationPrincipal AuthUser caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(messages.send(caller, id, body.send(), key));
    }

    @GetMapping("/api/conversations/{id}/messages")
    MessageService.MessagePage page(@PathVariable String id, @AuthenticationPrincipal AuthUser caller,
                                    @RequestParam(required = false) String before, @RequestParam(required = false) Integer limit) {
        return messages.messages(caller, id, before, limit);
    }

    @PostMapping("/api/conversations/{id}/read")
    MessageService.Marked read(@PathVariable String id, @Valid @RequestBody ReadRequest body, @AuthenticationPrincipal AuthUser caller) {
        return messages.read(caller, id, body.upTo());
    }

    @PostMapping("/api/messages/{id}/unlock")
    @ProblemResponse(status = 402, description = "Not enough tokens; nothing was charged")
    @ProblemResponse(status = 422, description = "The Idempotency-Key was used for a different request")
    MessageService.Reveal unlock(@PathVariable String id, @AuthenticationPrincipal AuthUser caller,
                                 @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        return messages.unlock(caller, id, key);
    }

    @DeleteMapping("/api/messages/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable String id, @AuthenticationPrincipal AuthUser caller) {
        messages.remove(caller, id);
        return ResponseEntity.noContent().build();
    }

    /** A picture for a message: re-encoded, with a thumbnail and a blurred preview; usable once as {@code mediaId}. */
    @PostMapping(value = "/api/media", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponse(status = 415, description = "Not a picture in a supported format")
    @ProblemResponse(status = 413, description = "The picture is too large")
    ResponseEntity<MessageService.Upload> upload(@RequestParam("file") MultipartFile file,
                                                 @AuthenticationPrincipal AuthUser caller) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(messages.upload(caller, file.getBytes()));
    }

    @GetMapping("/api/users/me/dm-policy")
    MessageService.Policy policy(@AuthenticationPrincipal AuthUser caller) {
        return messages.policy(caller);
    }

    @PatchMapping("/api/users/me/dm-policy")
    MessageService.Policy setPolicy(@Valid @RequestBody PolicyRequest body, @AuthenticationPrincipal AuthUser caller) {
        return messages.setPolicy(caller, body.whoMayWrite(), body.priceTokens());
    }

    @ExceptionHandler(MessageService.MessagingNotAllowed.class)
    ResponseEntity<ProblemDetail> notAllowed(MessageService.MessagingNotAllowed e) {
        ProblemDetail body = Problems.of(e);
        body.setProperty("reason", e.reason().key());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(MessageService.PriceNotAccepted.class)
    ResponseEntity<ProblemDetail> priceNotAccepted(MessageService.PriceNotAccepted e) {
        ProblemDetail body = Problems.of(e);
        body.setProperty("priceTokens", e.priceTokens());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
