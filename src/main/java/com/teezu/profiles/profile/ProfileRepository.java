package com.teezu.profiles.profile;

import com.teezu.profiles.auth.DmAudience;
import com.teezu.profiles.auth.Visibility;

import com.teezu.profiles.db.enums.LedgerKind;
import com.teezu.profiles.db.enums.UserRole;
import com.teezu.profiles.db.tables.Users;
import com.teezu.profiles.shared.database.Jdbc;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.teezu.profiles.db.Tables.*;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

/** The profile read: every section, for one viewer, in one SQL statement. */
@Repository
class ProfileRepository {

    /** Stands in for "no viewer", so anonymous and logged-in reads share one prepared statement. */
    static final UUID NOBODY = new UUID(0, 0);

    /** A grid item as stored; the service decides per viewer what of it to show. */
    record GridRow(UUID id, String title, Visibility visibility, Integer priceTokens, String mediaKey, String thumbKey,
                   String blurKey, int likes, OffsetDateTime createdAt) {
    }

    record FantasyRow(JSONB dnaScores, String[] kinks, String[] intent, String[] availability, String consentLevel) {
    }

    record ViewerRow(UUID id, String role, boolean ageVerified, String consent) {
    }

    /** The profile's DM policy (no row: everyone, free). */
    record DmPolicyRow(DmAudience whoMayWrite, Integer priceTokens) {
    }

    record ProfileRow(UUID id, String username, String displayName, String bio, String location, String avatarKey,
                      String coverKey, String role, String mood, boolean verified, boolean live, boolean teezerActive,
                      String timeZone, OffsetDateTime createdAt,
                      int followers, int following, long likes, BigDecimal streamHours, int posts,
                      long tipTotal, int subscribers, Long earnedTokensThisMonth,
                      FantasyRow fantasy, JSONB scheduleDays, List<ProfileView.Gift> gifts, List<GridRow> grid,
                      ViewerRow viewer, boolean viewerFollows, boolean viewerSubscribed,
                      Set<UUID> unlockedByViewer, Set<UUID> likedByViewer, DmPolicyRow dmPolicy, boolean viewerInConversation,
                      boolean ageVerified, Map<UUID, Integer> unlockCounts, Integer planPrice) {
    }

    private static final Users V = USERS.as("viewer");

    private final DSLContext db;
    private final ProfileCache cache;

    ProfileRepository(DSLContext db, ProfileCache cache) {
        this.db = db;
        this.cache = cache;
    }

    Optional<ProfileRow> byId(UUID id, UUID viewerId) {
        return load(false, id, viewerId);
    }

    Optional<ProfileRow> byUsername(String username, UUID viewerId) {
        return load(true, username.toLowerCase(), viewerId);
    }

    /**
     * The statement is built and rendered once per lookup kind, with sentinels where the target and
     * the viewer go; each read only re-binds them and runs the text through plain JDBC. (Building and
     * rendering this query with jOOQ on every request cost more CPU than PostgreSQL spends executing
     * it; giving jOOQ the rendered text back as plain SQL still cost a fifth of the read's CPU.)
     */
    private record Prepared(String sql, Object[] binds, Field<?>[] fields, Field<BigDecimal> earned,
                            Field<List<ProfileView.Gift>> gifts, Field<List<GridRow>> grid, Field<UserRole> viewerRole,
                            Field<Boolean> ageVerified, Field<String> consent, Field<Boolean> follows,
                            Field<Boolean> subscribed, Field<UUID[]> unlocked, Field<UUID[]> liked,
                            Field<Boolean> inConversation, Field<Boolean> targetAgeVerified, Field<List<UnlockCount>> unlockCounts,
                            Field<Integer> planPrice) {
    }

    /** How many members unlocked one of the creator's posts (read for the owner and staff only). */
    record UnlockCount(UUID contentId, int count) {
    }

    private static final UUID TARGET_SENTINEL = UUID.fromString("00000000-0000-0000-0000-00000000aaaa");
    private static final String USERNAME_SENTINEL = "\u0000target-username";
    private static final UUID VIEWER_SENTINEL = UUID.fromString("00000000-0000-0000-0000-00000000bbbb");
    private static final Long KNOWN_VERSION_SENTINEL = -7_777_777_777L;

    private volatile Prepared byIdStatement;
    private volatile Prepared byUsernameStatement;

    private Optional<ProfileRow> load(boolean byUsername, Object target, UUID viewerIdOrNull) {
        Prepared p = byUsername ? byUsernameStatement : byIdStatement;
        if (p == null) {
            p = prepare(byUsername ? lower(USERS.USERNAME).eq(USERNAME_SENTINEL) : USERS.ID.eq(TARGET_SENTINEL));
            if (byUsername) byUsernameStatement = p;
            else byIdStatement = p;
        }
        UUID viewerId = viewerIdOrNull == null ? NOBODY : viewerIdOrNull;
        UUID knownId = byUsername ? cache.idOf((String) target) : (UUID) target;
        ProfileCache.Heavy cached = knownId == null ? null : cache.heavy(knownId);
        Object[] binds = p.binds().clone();
        for (int i = 0; i < binds.length; i++) {
            if (TARGET_SENTINEL.equals(binds[i]) || USERNAME_SENTINEL.equals(binds[i])) binds[i] = target;
            else if (VIEWER_SENTINEL.equals(binds[i])) binds[i] = viewerId;
            else if (KNOWN_VERSION_SENTINEL.equals(binds[i])) binds[i] = cached == null ? -1L : cached.version();
        }
        Prepared q = p;
        return db.connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(q.sql())) {
                for (int i = 0; i < binds.length; i++) Jdbc.bind(ps, i + 1, binds[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    // jOOQ reads the row through the fields' own bindings and converters (multisets included)
                    return db.fetch(rs, q.fields()).stream().findFirst().map(r -> map(r, q, cached, viewerIdOrNull));
                }
            }
        });
    }

    private Prepared prepare(Condition which) {
        UUID viewerId = VIEWER_SENTINEL;
        // the nested lists map straight into their records (null: the CASE below skipped them)
        Field<List<ProfileView.Gift>> gifts = multiset(
                select(GIFT_VAULT.GIFT_TYPE, GIFT_TYPES.EMOJI, GIFT_TYPES.LABEL, GIFT_VAULT.COUNT)
                        .from(GIFT_VAULT).join(GIFT_TYPES).on(GIFT_TYPES.KEY.eq(GIFT_VAULT.GIFT_TYPE))
                        .where(GIFT_VAULT.USER_ID.eq(USERS.ID).and(GIFT_VAULT.COUNT.gt(0)))
                        .orderBy(GIFT_VAULT.COUNT.desc(), GIFT_TYPES.SORT_ORDER, GIFT_VAULT.GIFT_TYPE)
                        .limit(10))
                .convertFrom(r -> r == null ? null : r.map(mapping(ProfileView.Gift::new)));

        Field<List<GridRow>> grid = multiset(
                select(CONTENT.ID, CONTENT.TITLE, CONTENT.VISIBILITY.convertFrom(v -> Visibility.fromKey(v.getLiteral())),
                        CONTENT.PRICE_TOKENS, CONTENT.MEDIA_KEY, CONTENT.THUMB_KEY, CONTENT.BLUR_KEY, CONTENT.LIKE_COUNT,
                        CONTENT.CREATED_AT)
                        .from(CONTENT)
                        .where(CONTENT.CREATOR_ID.eq(USERS.ID).and(CONTENT.DELETED_AT.isNull()))
                        .orderBy(CONTENT.CREATED_AT.desc(), CONTENT.ID.desc())
                        .limit(9))
                .convertFrom(r -> r == null ? null : r.map(mapping(GridRow::new)));

        // the heavy parts only when this node's copy is not of the current version (PostgreSQL evaluates
        // a CASE branch's sub-select only when it is reached)
        Field<Long> known = val(KNOWN_VERSION_SENTINEL);
        Field<List<ProfileView.Gift>> giftsIfChanged = when(USER_STATS.VERSION.ne(known), gifts).as("gifts");
        Field<List<GridRow>> gridIfChanged = when(USER_STATS.VERSION.ne(known), grid).as("grid");
        Field<UUID[]> unlocked = field(select(arrayAgg(CONTENT_UNLOCKS.CONTENT_ID)).from(CONTENT_UNLOCKS)
                .join(CONTENT).on(CONTENT.ID.eq(CONTENT_UNLOCKS.CONTENT_ID))
                .where(CONTENT_UNLOCKS.USER_ID.eq(viewerId).and(CONTENT.CREATOR_ID.eq(USERS.ID))
                        .and(CONTENT.DELETED_AT.isNull()))).as("viewer_unlocked");
        Field<UUID[]> liked = field(select(arrayAgg(LIKES.CONTENT_ID)).from(LIKES)
                .join(CONTENT).on(CONTENT.ID.eq(LIKES.CONTENT_ID))
                .where(LIKES.USER_ID.eq(viewerId).and(CONTENT.CREATOR_ID.eq(USERS.ID))
                        .and(CONTENT.DELETED_AT.isNull()))).as("viewer_liked");

        Field<UserRole> viewerRole = select(V.ROLE).from(V).where(V.ID.eq(viewerId)).asField("viewer_role");
        Field<Boolean> viewerAgeVerified = field(exists(selectOne().from(V)
                .where(V.ID.eq(viewerId).and(V.AGE_VERIFIED_AT.isNotNull())))).as("viewer_age_verified");
        Field<String> viewerConsent = select(V.CONSENT_PREFERENCE.cast(String.class)).from(V)
                .where(V.ID.eq(viewerId)).asField("viewer_consent");

        Field<OffsetDateTime> startOfMonth = field(
                "date_trunc('month', now() AT TIME ZONE {0}) AT TIME ZONE {0}", OffsetDateTime.class, USERS.TIME_ZONE);
        // computed only for the owner and staff: PostgreSQL evaluates a CASE branch's sub-select lazily
        Field<BigDecimal> earned = when(USERS.ID.eq(viewerId).or(
                        select(V.ROLE).from(V).where(V.ID.eq(viewerId)).asField().eq(UserRole.staff)),
                field(select(coalesce(sum(LEDGER_ENTRIES.AMOUNT), BigDecimal.ZERO))
                        .from(LEDGER_ENTRIES)
                        .join(WALLETS).on(WALLETS.ID.eq(LEDGER_ENTRIES.WALLET_ID))
                        .join(LEDGER_TRANSACTIONS).on(LEDGER_TRANSACTIONS.ID.eq(LEDGER_ENTRIES.TRANSACTION_ID))
                        .where(WALLETS.OWNER_ID.eq(USERS.ID)
                                .and(LEDGER_ENTRIES.AMOUNT.gt(0L))
                                .and(LEDGER_TRANSACTIONS.KIND.in(LedgerKind.gift, LedgerKind.unlock, LedgerKind.subscription,
                                        LedgerKind.message, LedgerKind.message_unlock))
                                .and(LEDGER_ENTRIES.CREATED_AT.ge(startOfMonth)))))
                .as("earned");

        Field<Boolean> follows = field(exists(selectOne().from(FOLLOWS)
                .where(FOLLOWS.FOLLOWER_ID.eq(viewerId).and(FOLLOWS.FOLLOWEE_ID.eq(USERS.ID))))).as("viewer_follows");
        Field<Boolean> subscribed = field(exists(selectOne().from(SUBSCRIPTIONS)
                .where(SUBSCRIPTIONS.SUBSCRIBER_ID.eq(viewerId).and(SUBSCRIPTIONS.CREATOR_ID.eq(USERS.ID))
                        .and(SUBSCRIPTIONS.CANCELED_AT.isNull().or(SUBSCRIPTIONS.CURRENT_PERIOD_END.gt(currentOffsetDateTime()))))))
                .as("viewer_subscribed");

        Field<Boolean> inConversation = field(exists(selectOne().from(CONVERSATION_MEMBERS)
                .where(CONVERSATION_MEMBERS.USER_ID.eq(viewerId).and(CONVERSATION_MEMBERS.OTHER_ID.eq(USERS.ID)))))
                .as("viewer_in_conversation");

        Field<Boolean> targetAgeVerified = field(USERS.AGE_VERIFIED_AT.isNotNull()).as("target_age_verified");
        // how often each post was unlocked: computed only for the owner and staff (a CASE branch is evaluated lazily)
        Field<List<UnlockCount>> unlockCounts = when(USERS.ID.eq(viewerId).or(
                        select(V.ROLE).from(V).where(V.ID.eq(viewerId)).asField().eq(UserRole.staff)),
                multiset(select(CONTENT_UNLOCKS.CONTENT_ID, count().cast(Integer.class))
                        .from(CONTENT_UNLOCKS).join(CONTENT).on(CONTENT.ID.eq(CONTENT_UNLOCKS.CONTENT_ID))
                        .where(CONTENT.CREATOR_ID.eq(USERS.ID).and(CONTENT.DELETED_AT.isNull()))
                        .groupBy(CONTENT_UNLOCKS.CONTENT_ID))
                        .convertFrom(r -> r == null ? null : r.map(mapping(UnlockCount::new))))
                .as("unlock_counts");

        Field<Integer> planPrice = select(SUBSCRIPTION_PLANS.MONTHLY_PRICE).from(SUBSCRIPTION_PLANS)
                .where(SUBSCRIPTION_PLANS.CREATOR_ID.eq(USERS.ID)).asField("plan_price");

        List<Field<?>> fields = List.of(USERS.ID, USERS.USERNAME, USERS.DISPLAY_NAME, USERS.BIO, USERS.LOCATION,
                USERS.AVATAR_KEY, USERS.COVER_KEY, USERS.ROLE, USERS.CURRENT_MOOD, USERS.IS_VERIFIED, USERS.IS_LIVE,
                USERS.TEEZER_ACTIVE, USERS.TIME_ZONE, USERS.CREATED_AT,
                USER_STATS.FOLLOWER_COUNT, USER_STATS.FOLLOWING_COUNT, USER_STATS.LIKE_COUNT,
                USER_STATS.STREAM_HOURS, USER_STATS.POST_COUNT, USER_STATS.TIP_TOTAL, USER_STATS.SUBSCRIBER_COUNT,
                earned,
                FANTASY_PROFILES.DNA_SCORES, FANTASY_PROFILES.KINKS, FANTASY_PROFILES.INTENT,
                FANTASY_PROFILES.AVAILABILITY, FANTASY_PROFILES.CONSENT_LEVEL,
                TEEZER_SCHEDULES.DAYS, USER_STATS.VERSION, giftsIfChanged, gridIfChanged, viewerRole, viewerAgeVerified,
                viewerConsent, follows, subscribed, unlocked, liked, DM_POLICIES.WHO_MAY_WRITE, DM_POLICIES.PRICE_TOKENS,
                inConversation, targetAgeVerified, unlockCounts, planPrice);
        var query = db.select(fields)
                .from(USERS)
                .join(USER_STATS).on(USER_STATS.USER_ID.eq(USERS.ID))
                .leftJoin(FANTASY_PROFILES).on(FANTASY_PROFILES.USER_ID.eq(USERS.ID))
                .leftJoin(TEEZER_SCHEDULES).on(TEEZER_SCHEDULES.USER_ID.eq(USERS.ID))
                .leftJoin(DM_POLICIES).on(DM_POLICIES.CREATOR_ID.eq(USERS.ID))
                .where(which);
        return new Prepared(db.render(query), query.getBindValues().toArray(), fields.toArray(Field<?>[]::new), earned, giftsIfChanged,
                gridIfChanged, viewerRole, viewerAgeVerified, viewerConsent, follows, subscribed, unlocked, liked, inConversation,
                targetAgeVerified, unlockCounts, planPrice);
    }

    private ProfileRow map(Record r, Prepared q, ProfileCache.Heavy cached, UUID viewerId) {
        UUID id = r.get(USERS.ID);
        long version = r.get(USER_STATS.VERSION);
        ProfileCache.Heavy parts = cached != null && cached.version() == version && r.get(q.gifts()) == null ? cached
                : cache.keep(id, new ProfileCache.Heavy(version, List.copyOf(r.get(q.gifts())), List.copyOf(r.get(q.grid()))));
        cache.rememberUsername(r.get(USERS.USERNAME), id);
        FantasyRow fantasy = r.get(FANTASY_PROFILES.DNA_SCORES) == null ? null : new FantasyRow(
                r.get(FANTASY_PROFILES.DNA_SCORES), r.get(FANTASY_PROFILES.KINKS), r.get(FANTASY_PROFILES.INTENT),
                r.get(FANTASY_PROFILES.AVAILABILITY), r.get(FANTASY_PROFILES.CONSENT_LEVEL).getLiteral());
        UserRole vr = r.get(q.viewerRole());
        ViewerRow viewer = viewerId == null || vr == null ? null
                : new ViewerRow(viewerId, vr.getLiteral(), Boolean.TRUE.equals(r.get(q.ageVerified())), r.get(q.consent()));
        BigDecimal earnedTokens = r.get(q.earned());
        return new ProfileRow(id, r.get(USERS.USERNAME), r.get(USERS.DISPLAY_NAME), r.get(USERS.BIO),
                r.get(USERS.LOCATION), r.get(USERS.AVATAR_KEY), r.get(USERS.COVER_KEY), r.get(USERS.ROLE).getLiteral(),
                r.get(USERS.CURRENT_MOOD) == null ? null : r.get(USERS.CURRENT_MOOD).getLiteral(),
                r.get(USERS.IS_VERIFIED), r.get(USERS.IS_LIVE), r.get(USERS.TEEZER_ACTIVE), r.get(USERS.TIME_ZONE),
                r.get(USERS.CREATED_AT),
                r.get(USER_STATS.FOLLOWER_COUNT), r.get(USER_STATS.FOLLOWING_COUNT), r.get(USER_STATS.LIKE_COUNT),
                r.get(USER_STATS.STREAM_HOURS), r.get(USER_STATS.POST_COUNT), r.get(USER_STATS.TIP_TOTAL),
                r.get(USER_STATS.SUBSCRIBER_COUNT), earnedTokens == null ? null : earnedTokens.longValue(),
                fantasy, r.get(TEEZER_SCHEDULES.DAYS), parts.gifts(), parts.grid(), viewer,
                Boolean.TRUE.equals(r.get(q.follows())), Boolean.TRUE.equals(r.get(q.subscribed())),
                set(r.get(q.unlocked())), set(r.get(q.liked())),
                r.get(DM_POLICIES.WHO_MAY_WRITE) == null ? new DmPolicyRow(DmAudience.EVERYONE, null)
                        : new DmPolicyRow(DmAudience.fromKey(r.get(DM_POLICIES.WHO_MAY_WRITE).getLiteral()), r.get(DM_POLICIES.PRICE_TOKENS)),
                Boolean.TRUE.equals(r.get(q.inConversation())), Boolean.TRUE.equals(r.get(q.targetAgeVerified())),
                unlockCounts(r.get(q.unlockCounts())), r.get(q.planPrice()));
    }

    private static Map<UUID, Integer> unlockCounts(List<UnlockCount> counts) {
        if (counts == null) return Map.of();
        Map<UUID, Integer> byId = new java.util.HashMap<>();
        for (UnlockCount c : counts) byId.put(c.contentId(), c.count());
        return byId;
    }

    private static Set<UUID> set(UUID[] ids) {
        return ids == null ? Set.of() : Set.of(ids);
    }

}
