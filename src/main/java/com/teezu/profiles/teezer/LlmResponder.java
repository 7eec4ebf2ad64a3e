package com.teezu.profiles.teezer;

import com.teezu.profiles.messages.MessageService;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Teezer's answers from an OpenAI-compatible chat endpoint, when one is configured
 * ({@code TEEZU_LLM_BASE_URL}), through langchain4j's OpenAI client. The prompt holds her persona card,
 * the reply-bank entries closest to the fan's message (explicit ones only when the fan allows them) and
 * the last messages of this one conversation: never her stats, earnings, other conversations or
 * anything else of hers. No retries: one call, cut off at whatever remains of the deadline. Neither
 * the prompt nor the answer is logged.
 */
@Component
class LlmResponder {

    private static final Logger log = LoggerFactory.getLogger(LlmResponder.class);

    /** The LLM's answer, or why there is none ({@code fallback}: timeout, error, empty, unusable, filtered, no_time). */
    record Outcome(@Nullable String answer, @Nullable String fallback, long millis) {
    }

    private final TeezerSettings.Llm settings;
    private final @Nullable ChatModel model;

    LlmResponder(TeezerSettings settings) {
        this.settings = settings.llm();
        this.model = this.settings.configured() ? OpenAiChatModel.builder()
                .baseUrl(this.settings.baseUrl())
                .apiKey(this.settings.apiKey() == null || this.settings.apiKey().isBlank() ? "none" : this.settings.apiKey())
                .modelName(this.settings.model())
                .timeout(this.settings.timeout())
                .maxRetries(0)
                .maxTokens(this.settings.maxTokens())
                .temperature(0.7)
                .logRequests(false).logResponses(false)
                .build() : null;
    }

    boolean configured() {
        return model != null;
    }

    String modelName() {
        return settings.model();
    }

    /** The prompt sent for one fan message: system (persona, rules, entries), then the conversation, fan last. */
    static List<ChatMessage> prompt(Responder.Persona persona, Responder.Situation who, List<Responder.Scored> best,
                                    List<MessageService.Line> thread, UUID creatorId) {
        StringBuilder system = new StringBuilder();
        String creator = who.creatorName();
        system.append("You are Teezer, the AI clone of the creator \"").append(creator).append("\" on TeezU, an 18+ creator platform. ")
                .append("You answer her fans' direct messages in her voice while she is away.\n")
                .append("Rules you always follow:\n")
                .append("- You are an AI. Never claim to be ").append(creator).append(" in person or a human; when asked, say you are ")
                .append(creator).append("'s AI clone.\n")
                .append("- Answer in the fan's language, in one to three short sentences, plain text.\n")
                .append("- Never name a price or an amount of money or tokens, never ask for payment, never promise custom content, never arrange to meet.\n")
                .append("- Never write about minors, age play or anything without consent.\n")
                .append(who.explicitAllowed() ? "- Adult, consensual flirting is fine.\n" : "- Keep it warm and flirty, never sexually explicit.\n");
        if (!persona.bannedTopics().isEmpty()) {
            system.append("- Never mention: ").append(String.join(", ", persona.bannedTopics())).append(".\n");
        }
        if (!persona.tone().isBlank()) system.append("Her tone: ").append(persona.tone()).append('\n');
        if (!persona.boundaries().isBlank()) system.append("Her boundaries: ").append(persona.boundaries()).append('\n');
        system.append("The fan's name is ").append(who.fanName()).append(".\n");
        var examples = best.stream().filter(s -> s.entry().kind() != Responder.Kind.AWAY).limit(3).toList();
        if (!examples.isEmpty()) {
            system.append("Answers she wrote herself for messages like this one (keep to what they say):\n");
            for (var s : examples) {
                system.append("- Fan: ").append(s.entry().prompt().lines().findFirst().orElse("")).append("\n  ").append(creator)
                        .append(": ").append(Slots.fill(s.entry().answer(), who.slots())).append('\n');
            }
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(system.toString()));
        for (var line : thread) {
            if (line.authorKind().equals("system")) continue;
            if (line.senderId().equals(creatorId)) messages.add(AiMessage.from(line.text()));
            else messages.add(UserMessage.from(line.text()));
        }
        return messages;
    }

    /** Asks the endpoint once, waiting at most {@code budget}; never throws. */
    Outcome answer(List<ChatMessage> prompt, Duration budget, List<String> bannedTopics, String creatorName) {
        long start = System.nanoTime();
        if (model == null) return new Outcome(null, "error", 0);
        Duration wait = budget.compareTo(settings.timeout()) < 0 ? budget : settings.timeout();
        if (wait.toMillis() < 100) return new Outcome(null, "no_time", 0);
        var call = CompletableFuture.supplyAsync(() -> model.chat(prompt).aiMessage().text(),
                r -> Thread.ofVirtual().name("teezer-llm").start(r));
        try {
            String text = call.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            String why = Safety.unusable(text, bannedTopics, creatorName);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (why != null) {
                log.info("Teezer: the LLM's answer was not used ({}), after {} ms", why, ms);
                return new Outcome(null, why, ms);
            }
            return new Outcome(text.strip(), null, ms);
        } catch (TimeoutException e) {
            call.cancel(true);
            long ms = (System.nanoTime() - start) / 1_000_000;
            log.info("Teezer: the LLM did not answer within {} ms", wait.toMillis());
            return new Outcome(null, "timeout", ms);
        } catch (ExecutionException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            // the cause's class only: its message may quote the endpoint's body, which may quote the prompt
            log.info("Teezer: the LLM call failed ({}), after {} ms", e.getCause().getClass().getSimpleName(), ms);
            return new Outcome(null, "error", ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "error", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
