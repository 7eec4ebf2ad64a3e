package com.teezu.profiles.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DM policy matrix of {@link AccessPolicy#messaging}: every policy × follower × subscriber × age
 * state, for a fan opening a conversation with a creator (with and without a price per message), and
 * the cases around it: anonymous, oneself, an existing conversation, a creator replying, non-creators.
 */
class MessagingPolicyTest {

    static final UUID CREATOR = UUID.randomUUID();
    static final UUID FAN = UUID.randomUUID();

    static Viewer fan(boolean ageVerified) {
        return new Viewer(FAN, Role.MEMBER, ageVerified, Consent.EXPLICIT);
    }

    static AccessPolicy.DmTarget creator(DmAudience who, Integer price) {
        return new AccessPolicy.DmTarget(CREATOR, Role.CREATOR, who, price);
    }

    static String outcome(Messaging m) {
        return m.allowed() ? (m.priceTokens() == null ? "allowed" : "pays " + m.priceTokens()) : m.reason().key();
    }

    @ParameterizedTest(name = "{0}, follower={1}, subscriber={2}, ageVerified={3}: {4} / with price 5: {5}")
    @CsvSource({
            // policy,   follower, subscriber, age,  free policy,               policy with a price of 5
            "EVERYONE,    false, false, false, age_verification_required, age_verification_required",
            "EVERYONE,    false, false, true,  allowed,                   pays 5",
            "EVERYONE,    true,  false, false, age_verification_required, age_verification_required",
            "EVERYONE,    true,  false, true,  allowed,                   pays 5",
            "EVERYONE,    false, true,  false, age_verification_required, age_verification_required",
            "EVERYONE,    false, true,  true,  allowed,                   allowed",
            "EVERYONE,    true,  true,  false, age_verification_required, age_verification_required",
            "EVERYONE,    true,  true,  true,  allowed,                   allowed",
            "FOLLOWERS,   false, false, false, age_verification_required, age_verification_required",
            "FOLLOWERS,   false, false, true,  followers_only,            followers_only",
            "FOLLOWERS,   true,  false, false, age_verification_required, age_verification_required",
            "FOLLOWERS,   true,  false, true,  allowed,                   pays 5",
            "FOLLOWERS,   false, true,  false, age_verification_required, age_verification_required",
            "FOLLOWERS,   false, true,  true,  allowed,                   allowed",
            "FOLLOWERS,   true,  true,  false, age_verification_required, age_verification_required",
            "FOLLOWERS,   true,  true,  true,  allowed,                   allowed",
            "SUBSCRIBERS, false, false, false, age_verification_required, age_verification_required",
            "SUBSCRIBERS, false, false, true,  subscribers_only,          subscribers_only",
            "SUBSCRIBERS, true,  false, false, age_verification_required, age_verification_required",
            "SUBSCRIBERS, true,  false, true,  subscribers_only,          subscribers_only",
            "SUBSCRIBERS, false, true,  false, age_verification_required, age_verification_required",
            "SUBSCRIBERS, false, true,  true,  allowed,                   allowed",
            "SUBSCRIBERS, true,  true,  false, age_verification_required, age_verification_required",
            "SUBSCRIBERS, true,  true,  true,  allowed,                   allowed",
    })
    void aFanOpeningAConversationWithACreator(DmAudience who, boolean follower, boolean subscriber, boolean ageVerified,
                                             String free, String priced) {
        assertThat(outcome(AccessPolicy.messaging(fan(ageVerified), creator(who, null), follower, subscriber, false))).isEqualTo(free);
        assertThat(outcome(AccessPolicy.messaging(fan(ageVerified), creator(who, 5), follower, subscriber, false))).isEqualTo(priced);
    }

    @ParameterizedTest
    @EnumSource(DmAudience.class)
    void anonymousNeverAndOneselfNever(DmAudience who) {
        for (boolean follower : new boolean[]{false, true}) {
            for (boolean subscriber : new boolean[]{false, true}) {
                for (boolean inConversation : new boolean[]{false, true}) {
                    assertThat(outcome(AccessPolicy.messaging(Viewer.ANONYMOUS, creator(who, 5), follower, subscriber, inConversation)))
                            .isEqualTo("login_required");
                    var self = new Viewer(CREATOR, Role.CREATOR, true, Consent.EXPLICIT);
                    assertThat(outcome(AccessPolicy.messaging(self, creator(who, 5), follower, subscriber, inConversation)))
                            .isEqualTo("self");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DmAudience.class)
    void inAConversationSheIsAlreadyInAnAgeVerifiedFanGoesOnWritingAndNonSubscribersStillPay(DmAudience who) {
        assertThat(outcome(AccessPolicy.messaging(fan(true), creator(who, null), false, false, true))).isEqualTo("allowed");
        assertThat(outcome(AccessPolicy.messaging(fan(true), creator(who, 5), false, false, true))).isEqualTo("pays 5");
        assertThat(outcome(AccessPolicy.messaging(fan(true), creator(who, 5), false, true, true))).isEqualTo("allowed");
        assertThat(outcome(AccessPolicy.messaging(fan(false), creator(who, 5), true, true, true))).isEqualTo("age_verification_required");
    }

    @Test
    void aCreatorMayAlwaysReplyForFreeAndWriteToFansFirst() {
        var lena = new Viewer(CREATOR, Role.CREATOR, false, Consent.NONE);
        var member = new AccessPolicy.DmTarget(FAN, Role.MEMBER, DmAudience.EVERYONE, null);
        assertThat(outcome(AccessPolicy.messaging(lena, member, false, false, true))).isEqualTo("allowed");
        var verifiedLena = new Viewer(CREATOR, Role.CREATOR, true, Consent.EXPLICIT);
        assertThat(outcome(AccessPolicy.messaging(verifiedLena, member, false, false, false))).isEqualTo("allowed");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MEMBER", "VIP", "STAFF"})
    void nonCreatorsAreWrittenToFirstByCreatorsOnly(Role role) {
        var someone = new AccessPolicy.DmTarget(FAN, role, DmAudience.EVERYONE, 5);
        var otherFan = new Viewer(UUID.randomUUID(), Role.MEMBER, true, Consent.EXPLICIT);
        assertThat(outcome(AccessPolicy.messaging(otherFan, someone, true, true, false))).isEqualTo("creators_only");
        assertThat(outcome(AccessPolicy.messaging(otherFan, someone, true, true, true))).isEqualTo("allowed");
    }

    @Test
    void staffNeverPayAPricePerMessage() {
        var priced = new AccessPolicy.DmTarget(CREATOR, Role.CREATOR, DmAudience.EVERYONE, 5);
        var staff = new Viewer(UUID.randomUUID(), Role.STAFF, true, Consent.EXPLICIT);
        var fan = new Viewer(UUID.randomUUID(), Role.MEMBER, true, Consent.EXPLICIT);
        assertThat(outcome(AccessPolicy.messaging(staff, priced, false, false, false))).isEqualTo("allowed");
        assertThat(outcome(AccessPolicy.messaging(fan, priced, false, false, false))).isEqualTo("pays 5");
    }
}
