package com.teezu.profiles.auth;

/** Everything a role may be allowed to do; the table itself is in {@link Role}. */
public enum Permission {
    FOLLOW, LIKE, SEND_GIFT, UNLOCK_CONTENT, SUBSCRIBE, TAKE_DNA_QUIZ,
    GO_LIVE, USE_TEEZER, PUBLISH_CONTENT, RECEIVE_GIFTS,
    SEE_ANY_PRIVATE_STATS, SEE_ANY_FANTASY_PROFILE, OPEN_ANY_CONTENT,
    VERIFY_USERS, RECOUNT_COUNTERS, TOP_UP_WALLETS
}
