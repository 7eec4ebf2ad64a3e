package com.teezu.profiles.profile;

import com.teezu.profiles.auth.Role;

import com.teezu.profiles.auth.FantasyAccess;
import com.teezu.profiles.auth.Visibility;
import com.teezu.profiles.teezer.ScheduleRequest;

import com.teezu.profiles.fantasy.FantasyCatalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The profile as one viewer may see it (API.md). {@code fantasyProfile} and {@code privateStats} are
 * absent — not null — for viewers who may not see them; so are {@code staff} (staff only) and a grid
 * item's {@code unlockCount} (the owner and staff only).
 */
public record ProfileView(
        User user,
        Stats stats,
        ViewerRelation viewer,
        FantasyAccess fantasyAccess,
        @JsonInclude(JsonInclude.Include.NON_NULL) Fantasy fantasyProfile,
        List<Gift> giftVault,
        List<GridItem> contentGrid,
        @JsonInclude(JsonInclude.Include.NON_NULL) PrivateStats privateStats,
        @JsonInclude(JsonInclude.Include.NON_NULL) StaffView staff,
        @JsonInclude(JsonInclude.Include.NON_NULL) Offer offer) {

    /** What supporting a creator costs, shown before anyone logs in (creators only): her monthly subscription price. */
    public record Offer(int subscriptionPriceTokens) {
    }

    /** What staff need on anyone's page for their checks (absent for everyone else): the user's current age check. */
    public record StaffView(boolean ageVerified) {
    }

    public record User(UUID id, String username, String displayName, @Nullable String bio, @Nullable String location,
                       @Nullable String avatarUrl, @Nullable String coverUrl, Role role, Badge badge,
                       Catalog.@Nullable MoodView mood, boolean isVerified, boolean isLive,
                       Teezer teezer, String timezone, OffsetDateTime createdAt) {
    }

    public record Badge(String label, List<String> colors) {
    }

    public record Teezer(boolean active, String status) {
    }

    public record Stats(int followers, int following, long likes, BigDecimal streamHours, int posts) {
    }

    /** {@code messaging}: whether, and at what price per message, the viewer may write to this profile. */
    public record ViewerRelation(boolean authenticated, boolean isSelf, boolean following, boolean subscribed,
                                 com.teezu.profiles.auth.Messaging messaging) {
    }

    public record Fantasy(Map<String, Integer> dnaScores, List<FantasyCatalog.Tag> kinks, List<String> intent,
                          List<String> availability, String consentLevel) {
    }

    public record Gift(String type, String emoji, String label, int count) {
    }

    public record GridItem(UUID id, @Nullable String title, Visibility visibility, boolean locked, @Nullable Integer priceTokens,
                           String thumbnailUrl, boolean blurred,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String mediaUrl,
                           int likes, boolean liked, OffsetDateTime createdAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer unlockCount) {
    }

    public record Money(String amount, String currency) {
    }

    public record PrivateStats(Money earningsThisMonth, long tipTotalTokens, int subscribers, Schedule streamingSchedule) {
    }

    public record Schedule(String timezone, Map<String, List<ScheduleRequest.Slot>> days) {
    }
}
