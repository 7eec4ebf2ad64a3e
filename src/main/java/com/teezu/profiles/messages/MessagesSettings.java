package com.teezu.profiles.messages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Limits on messages ({@code teezu.messages.*}), counted in the database so that they hold across nodes.
 *
 * @param perMinute              messages one sender may send in any minute
 * @param newConversationsPerDay conversations one sender may open in any 24 hours
 * @param typingEvery            at most one {@code typing} event per sender and conversation this often
 */
@ConfigurationProperties("teezu.messages")
public record MessagesSettings(@DefaultValue("30") int perMinute, @DefaultValue("20") int newConversationsPerDay,
                               @DefaultValue("2s") Duration typingEvery) {
}
