package com.teezu.profiles.follow;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param asyncFollowCommit follows and unfollows commit without waiting for their WAL flush (see
 *                          {@code FollowRepository}); false makes them as durable as everything else
 */
@ConfigurationProperties("teezu")
public record FollowSettings(@DefaultValue("true") boolean asyncFollowCommit) {
}
