package com.teezu.profiles.auth;

import java.util.UUID;

/**
 * The access rules, written once. Small pure functions; services call them for REST and Socket.IO
 * alike, so both paths make the same decision.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Profile, schedule, fantasy editing: the owner only (staff moderate through their own endpoints). */
    public static boolean canEditProfile(Viewer viewer, UUID profileId) {
        return viewer.is(profileId);
    }

    /** Earnings, tips, subscribers and the schedule: the creator herself and staff. */
    public static boolean canSeePrivateStats(Viewer viewer, UUID profileId) {
        return viewer.is(profileId) || viewer.has(Permission.SEE_ANY_PRIVATE_STATS);
    }

    /** SPEC §3: owner and staff always; others only age-verified and with enough consent; anonymous never. */
    public static FantasyAccess fantasyAccess(Viewer viewer, UUID profileId, Consent profileLevel) {
        if (viewer.is(profileId) || viewer.has(Permission.SEE_ANY_FANTASY_PROFILE)) return FantasyAccess.GRANTED;
        if (!viewer.authenticated()) return FantasyAccess.LOGIN_REQUIRED;
        if (!viewer.ageVerified()) return FantasyAccess.AGE_VERIFICATION_REQUIRED;
        if (!viewer.consent().atLeast(profileLevel)) return FantasyAccess.CONSENT_REQUIRED;
        return FantasyAccess.GRANTED;
    }

    /** public: everyone; premium: active subscribers; locked: buyers; owner and staff: everything. */
    public static boolean canOpenContent(Viewer viewer, UUID creatorId, Visibility visibility,
                                         boolean activeSubscriber, boolean unlocked) {
        if (viewer.is(creatorId) || viewer.has(Permission.OPEN_ANY_CONTENT)) return true;
        return switch (visibility) {
            case PUBLIC -> true;
            case PREMIUM -> activeSubscriber;
            case LOCKED -> unlocked;
        };
    }

    /** Going live and the Teezer switch: a creator, on her own profile. */
    public static boolean canControlOwnStream(Viewer viewer, UUID profileId) {
        return viewer.is(profileId) && viewer.has(Permission.GO_LIVE);
    }

    public static boolean canUseTeezer(Viewer viewer, UUID profileId) {
        return viewer.is(profileId) && viewer.has(Permission.USE_TEEZER);
    }

    /**
     * Teezer answers a fan's message to a creator: the fan is an age-verified member or VIP (never a
     * creator or staff, who get the creator herself), writing to someone who may use Teezer.
     */
    public static boolean teezerAnswers(Viewer fan, Role recipientRole) {
        return fan.authenticated() && fan.ageVerified() && teezerMayAnswer(fan.role(), recipientRole);
    }

    /** The roles alone (the send path, before any account is read): a member or VIP writing to someone who may use Teezer. */
    public static boolean teezerMayAnswer(Role senderRole, Role recipientRole) {
        return isFan(senderRole) && recipientRole.has(Permission.USE_TEEZER);
    }

    /** Members and VIPs: those a creator's Teezer talks to, and whose conversation her own message pauses it in. */
    public static boolean isFan(Role role) {
        return role == Role.MEMBER || role == Role.VIP;
    }

    /** Teezer uses a creator's explicit reply-bank entries only with fans whose consent preference is explicit. */
    public static boolean teezerMayBeExplicit(Viewer fan) {
        return fan.consent().atLeast(Consent.EXPLICIT);
    }

    /** Teezer's persona, reply bank and switches are the creator's own. */
    public static boolean canEditTeezer(Viewer viewer) {
        return viewer.has(Permission.USE_TEEZER);
    }

    /** Teezer's audit: the creator herself and staff; never a fan. */
    public static boolean canReadTeezerAudit(Viewer viewer, UUID creatorId) {
        return viewer.is(creatorId) && viewer.has(Permission.USE_TEEZER) || viewer.has(Permission.SEE_ANY_PRIVATE_STATS);
    }

    /** Following: logged in, not oneself. */
    public static boolean canFollow(Viewer viewer, UUID targetId) {
        return viewer.has(Permission.FOLLOW) && !viewer.is(targetId);
    }

    /** Spending tokens on someone else's content or gifts. */
    public static boolean canSpendOn(Viewer viewer, UUID creatorId, Permission permission) {
        return viewer.has(permission) && !viewer.is(creatorId);
    }

    /** Gifts and subscriptions go to creators only (the role that may receive them). */
    public static boolean canReceiveGifts(Role recipientRole) {
        return recipientRole != null && recipientRole.has(Permission.RECEIVE_GIFTS);
    }

    public static boolean offersSubscriptions(Role creatorRole) {
        return creatorRole != null && creatorRole.has(Permission.PUBLISH_CONTENT);
    }

    /** Deleting a content item: its creator only. */
    public static boolean canDeleteContent(Viewer viewer, UUID creatorId) {
        return viewer.is(creatorId);
    }

    public static boolean canVerifyUsers(Viewer viewer) {
        return viewer.has(Permission.VERIFY_USERS);
    }

    public static boolean canRecount(Viewer viewer) {
        return viewer.has(Permission.RECOUNT_COUNTERS);
    }

    public static boolean canTopUp(Viewer viewer) {
        return viewer.has(Permission.TOP_UP_WALLETS);
    }

    /** A profile is watchable in realtime by anyone who may read it: every profile is public. */
    public static boolean canWatchProfile(Viewer viewer, UUID profileId) {
        return true;
    }

    /** What a writer knows about whom she writes to: the facts {@link #messaging} decides on. */
    public record DmTarget(UUID id, Role role, DmAudience whoMayWrite, Integer priceTokens) {
    }

    /**
     * Who may write to whom (API: {@code viewer.messaging}). Anonymous never; oneself never. In a
     * conversation she is already in, a creator may always reply, for free. Everyone else must be
     * age-verified; in an existing conversation she may go on writing; a new one may be opened only with a
     * creator whose policy lets her in (everyone age-verified, her followers, or her subscribers), and
     * by a creator with anyone. A creator's per-message price is paid by everyone who does not
     * subscribe to her.
     */
    public static Messaging messaging(Viewer viewer, DmTarget target, boolean follower, boolean subscriber,
                                      boolean inConversation) {
        if (!viewer.authenticated()) return Messaging.denied(Messaging.Reason.LOGIN_REQUIRED);
        if (viewer.is(target.id())) return Messaging.denied(Messaging.Reason.SELF);
        boolean viewerIsCreator = viewer.role() == Role.CREATOR;
        if (inConversation && viewerIsCreator) return Messaging.allowedFree();
        if (!viewer.ageVerified()) return Messaging.denied(Messaging.Reason.AGE_VERIFICATION_REQUIRED);
        boolean toCreator = target.role() == Role.CREATOR;
        // staff never spend (their writing to a creator is support work): no price for them
        Integer price = toCreator && !subscriber && viewer.has(Permission.UNLOCK_CONTENT) ? target.priceTokens() : null;
        if (inConversation) return Messaging.allowedFor(price);
        if (!toCreator) {
            return viewerIsCreator ? Messaging.allowedFree() : Messaging.denied(Messaging.Reason.CREATORS_ONLY);
        }
        return switch (target.whoMayWrite()) {
            case EVERYONE -> Messaging.allowedFor(price);
            case FOLLOWERS -> follower || subscriber ? Messaging.allowedFor(price) : Messaging.denied(Messaging.Reason.FOLLOWERS_ONLY);
            case SUBSCRIBERS -> subscriber ? Messaging.allowedFor(price) : Messaging.denied(Messaging.Reason.SUBSCRIBERS_ONLY);
        };
    }

    /** Setting a DM policy: creators, for themselves. */
    public static boolean canSetDmPolicy(Viewer viewer) {
        return viewer.role() == Role.CREATOR;
    }

    /** Putting a price on a message's picture (pay-per-view in DM): creators. */
    public static boolean canSellInMessages(Viewer viewer) {
        return viewer.has(Permission.PUBLISH_CONTENT);
    }
}
