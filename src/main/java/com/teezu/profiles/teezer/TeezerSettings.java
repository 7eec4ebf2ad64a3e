package com.teezu.profiles.teezer;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How Teezer answers fans ({@code teezu.teezer.*}).
 *
 * @param deadline      the promise: a fan's message answered within this, from its commit to the reply's
 * @param reserve       kept from the deadline for the embedded answer and its transaction when the LLM fails late
 * @param minScore      an entry closer than this (cosine, 0–1) answers; below it Teezer sends the away line
 * @param humanPause    after the creator writes in a conversation herself, Teezer stays out of it this long
 * @param noticeEvery   the AI notice is repeated when the last one in the conversation is older than this
 * @param maxAge        a fan message still unanswered after this (a node was down) gets no late answer
 * @param sweepEvery    how often each node looks for messages no node answered (one that died mid-answer)
 * @param contextMessages how many of the conversation's last messages an LLM prompt holds
 * @param maxEntries    reply-bank entries per creator
 * @param llm           an OpenAI-compatible chat endpoint; none configured = the embedded responder only
 */
@ConfigurationProperties("teezu.teezer")
public record TeezerSettings(@DefaultValue("2s") Duration deadline, @DefaultValue("350ms") Duration reserve,
                             @DefaultValue("0.55") double minScore, @DefaultValue("30m") Duration humanPause,
                             @DefaultValue("3h") Duration noticeEvery, @DefaultValue("10m") Duration maxAge,
                             @DefaultValue("2s") Duration sweepEvery, @DefaultValue("8") int contextMessages,
                             @DefaultValue("200") int maxEntries, @DefaultValue Llm llm) {

    /**
     * @param baseUrl  e.g. http://127.0.0.1:11434/v1 (Ollama), a vLLM or llama.cpp server, https://api.openai.com/v1
     * @param model    the model name the endpoint serves
     * @param apiKey   sent as a bearer token (local servers ignore it)
     * @param timeout  the most one call may take, also when the deadline would allow more
     */
    public record Llm(@Nullable String baseUrl, @DefaultValue("llama3.1") String model, @Nullable String apiKey,
                      @DefaultValue("1200ms") Duration timeout, @DefaultValue("160") int maxTokens) {

        public boolean configured() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }
}
