package com.teezu.profiles.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.teezu.profiles.auth.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {

    static final UUID OWNER = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();

    static final Map<Role, Set<Permission>> EXPECTED = Map.of(
            Role.MEMBER, EnumSet.of(FOLLOW, LIKE, SEND_GIFT, UNLOCK_CONTENT, SUBSCRIBE, TAKE_DNA_QUIZ),
            Role.VIP, EnumSet.of(FOLLOW, LIKE, SEND_GIFT, UNLOCK_CONTENT, SUBSCRIBE, TAKE_DNA_QUIZ),
            Role.CREATOR, EnumSet.of(FOLLOW, LIKE, SEND_GIFT, UNLOCK_CONTENT, SUBSCRIBE, TAKE_DNA_QUIZ, GO_LIVE,
                    USE_TEEZER, PUBLISH_CONTENT, RECEIVE_GIFTS),
            Role.STAFF, EnumSet.of(FOLLOW, LIKE, TAKE_DNA_QUIZ, SEE_ANY_PRIVATE_STATS, SEE_ANY_FANTASY_PROFILE,
                    OPEN_ANY_CONTENT, VERIFY_USERS, RECOUNT_COUNTERS, TOP_UP_WALLETS));

    static Viewer as(Role role, UUID id, boolean age, Consent consent) {
        return new Viewer(id, role, age, consent);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasExactlyItsPermissions(Role role) {
        for (Permission p : Permission.values()) {
            assertThat(role.has(p)).as(role + " × " + p).isEqualTo(EXPECTED.get(role).contains(p));
        }
    }

    @Test
    void anonymousHasNoPermission() {
        for (Permission p : Permission.values()) assertThat(Viewer.ANONYMOUS.has(p)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyTheOwnerEditsAProfile(Role role) {
        assertThat(AccessPolicy.canEditProfile(as(role, OWNER, true, Consent.EXPLICIT), OWNER)).isTrue();
        assertThat(AccessPolicy.canEditProfile(as(role, OTHER, true, Consent.EXPLICIT), OWNER)).isFalse();
        assertThat(AccessPolicy.canEditProfile(Viewer.ANONYMOUS, OWNER)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void privateStatsForOwnerAndStaffOnly(Role role) {
        assertThat(AccessPolicy.canSeePrivateStats(as(role, OWNER, false, Consent.NONE), OWNER)).isTrue();
        assertThat(AccessPolicy.canSeePrivateStats(as(role, OTHER, true, Consent.EXPLICIT), OWNER))
                .isEqualTo(role == Role.STAFF);
        assertThat(AccessPolicy.canSeePrivateStats(Viewer.ANONYMOUS, OWNER)).isFalse();
    }

    @Test
    void fantasyGate() {
        assertThat(AccessPolicy.fantasyAccess(Viewer.ANONYMOUS, OWNER, Consent.SUGGESTIVE)).isEqualTo(FantasyAccess.LOGIN_REQUIRED);
        assertThat(AccessPolicy.fantasyAccess(as(Role.MEMBER, OTHER, false, Consent.EXPLICIT), OWNER, Consent.SUGGESTIVE))
                .isEqualTo(FantasyAccess.AGE_VERIFICATION_REQUIRED);
        assertThat(AccessPolicy.fantasyAccess(as(Role.MEMBER, OTHER, true, Consent.NONE), OWNER, Consent.SUGGESTIVE))
                .isEqualTo(FantasyAccess.CONSENT_REQUIRED);
        assertThat(AccessPolicy.fantasyAccess(as(Role.VIP, OTHER, true, Consent.SUGGESTIVE), OWNER, Consent.EXPLICIT))
                .isEqualTo(FantasyAccess.CONSENT_REQUIRED);
        assertThat(AccessPolicy.fantasyAccess(as(Role.VIP, OTHER, true, Consent.SUGGESTIVE), OWNER, Consent.SUGGESTIVE))
                .isEqualTo(FantasyAccess.GRANTED);
        assertThat(AccessPolicy.fantasyAccess(as(Role.MEMBER, OTHER, true, Consent.EXPLICIT), OWNER, Consent.EXPLICIT))
                .isEqualTo(FantasyAccess.GRANTED);
        // the owner and staff always, whatever their own settings
        assertThat(AccessPolicy.fantasyAccess(as(Role.CREATOR, OWNER, false, Consent.NONE), OWNER, Consent.EXPLICIT))
                .isEqualTo(FantasyAccess.GRANTED);
        assertThat(AccessPolicy.fantasyAccess(as(Role.STAFF, OTHER, false, Consent.NONE), OWNER, Consent.EXPLICIT))
                .isEqualTo(FantasyAccess.GRANTED);
    }

    @Test
    void consentOrder() {
        assertThat(Consent.EXPLICIT.atLeast(Consent.SUGGESTIVE)).isTrue();
        assertThat(Consent.SUGGESTIVE.atLeast(Consent.EXPLICIT)).isFalse();
        assertThat(Consent.NONE.atLeast(Consent.SUGGESTIVE)).isFalse();
        assertThat(Consent.SUGGESTIVE.atLeast(Consent.SUGGESTIVE)).isTrue();
    }

    @Test
    void contentOpenness() {
        Viewer fan = as(Role.MEMBER, OTHER, true, Consent.EXPLICIT);
        assertThat(AccessPolicy.canOpenContent(Viewer.ANONYMOUS, OWNER, Visibility.PUBLIC, false, false)).isTrue();
        assertThat(AccessPolicy.canOpenContent(Viewer.ANONYMOUS, OWNER, Visibility.PREMIUM, false, false)).isFalse();
        assertThat(AccessPolicy.canOpenContent(Viewer.ANONYMOUS, OWNER, Visibility.LOCKED, false, false)).isFalse();
        assertThat(AccessPolicy.canOpenContent(fan, OWNER, Visibility.PREMIUM, true, false)).isTrue();
        assertThat(AccessPolicy.canOpenContent(fan, OWNER, Visibility.PREMIUM, false, true)).isFalse();
        assertThat(AccessPolicy.canOpenContent(fan, OWNER, Visibility.LOCKED, true, false)).isFalse();
        assertThat(AccessPolicy.canOpenContent(fan, OWNER, Visibility.LOCKED, false, true)).isTrue();
        assertThat(AccessPolicy.canOpenContent(as(Role.CREATOR, OWNER, true, Consent.NONE), OWNER, Visibility.LOCKED, false, false)).isTrue();
        assertThat(AccessPolicy.canOpenContent(as(Role.STAFF, OTHER, true, Consent.NONE), OWNER, Visibility.LOCKED, false, false)).isTrue();
        assertThat(AccessPolicy.canOpenContent(as(Role.VIP, OTHER, true, Consent.NONE), OWNER, Visibility.LOCKED, false, false)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void streamAndTeezerForTheCreatorHerselfOnly(Role role) {
        boolean creator = role == Role.CREATOR;
        assertThat(AccessPolicy.canControlOwnStream(as(role, OWNER, true, Consent.NONE), OWNER)).isEqualTo(creator);
        assertThat(AccessPolicy.canUseTeezer(as(role, OWNER, true, Consent.NONE), OWNER)).isEqualTo(creator);
        assertThat(AccessPolicy.canControlOwnStream(as(role, OTHER, true, Consent.NONE), OWNER)).isFalse();
        assertThat(AccessPolicy.canUseTeezer(as(role, OTHER, true, Consent.NONE), OWNER)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void followingOthersButNotOneself(Role role) {
        assertThat(AccessPolicy.canFollow(as(role, OTHER, false, Consent.NONE), OWNER)).isTrue();
        assertThat(AccessPolicy.canFollow(as(role, OWNER, false, Consent.NONE), OWNER)).isFalse();
        assertThat(AccessPolicy.canFollow(Viewer.ANONYMOUS, OWNER)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void staffOnlyOperations(Role role) {
        Viewer v = as(role, OTHER, true, Consent.NONE);
        boolean staff = role == Role.STAFF;
        assertThat(AccessPolicy.canVerifyUsers(v)).isEqualTo(staff);
        assertThat(AccessPolicy.canRecount(v)).isEqualTo(staff);
        assertThat(AccessPolicy.canTopUp(v)).isEqualTo(staff);
        assertThat(AccessPolicy.canVerifyUsers(Viewer.ANONYMOUS)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void spendingOnOthersOnly(Role role) {
        Viewer other = as(role, OTHER, true, Consent.NONE);
        assertThat(AccessPolicy.canSpendOn(other, OWNER, UNLOCK_CONTENT)).isEqualTo(role != Role.STAFF);
        assertThat(AccessPolicy.canSpendOn(as(role, OWNER, true, Consent.NONE), OWNER, SEND_GIFT)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void giftsAndSubscriptionsGoToCreatorsOnly(Role role) {
        assertThat(AccessPolicy.canReceiveGifts(role)).isEqualTo(role == Role.CREATOR);
        assertThat(AccessPolicy.offersSubscriptions(role)).isEqualTo(role == Role.CREATOR);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyItsCreatorDeletesAnItem(Role role) {
        assertThat(AccessPolicy.canDeleteContent(as(role, OWNER, true, Consent.NONE), OWNER)).isTrue();
        assertThat(AccessPolicy.canDeleteContent(as(role, OTHER, true, Consent.EXPLICIT), OWNER)).isFalse();
        assertThat(AccessPolicy.canDeleteContent(Viewer.ANONYMOUS, OWNER)).isFalse();
    }

    @Test
    void teezerAnswersAgeVerifiedMembersAndVipsWritingToACreatorOnly() {
        for (Role sender : Role.values()) {
            for (Role recipient : Role.values()) {
                boolean expected = (sender == Role.MEMBER || sender == Role.VIP) && recipient == Role.CREATOR;
                assertThat(AccessPolicy.teezerMayAnswer(sender, recipient)).as(sender + " to " + recipient).isEqualTo(expected);
                assertThat(AccessPolicy.teezerAnswers(as(sender, UUID.randomUUID(), true, Consent.NONE), recipient)).isEqualTo(expected);
                assertThat(AccessPolicy.teezerAnswers(as(sender, UUID.randomUUID(), false, Consent.EXPLICIT), recipient)).isFalse();
            }
        }
        assertThat(AccessPolicy.teezerAnswers(Viewer.ANONYMOUS, Role.CREATOR)).isFalse();
        assertThat(AccessPolicy.teezerMayBeExplicit(as(Role.MEMBER, UUID.randomUUID(), true, Consent.EXPLICIT))).isTrue();
        assertThat(AccessPolicy.teezerMayBeExplicit(as(Role.MEMBER, UUID.randomUUID(), true, Consent.SUGGESTIVE))).isFalse();
    }
}
