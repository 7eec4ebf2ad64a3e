package com.teezu.profiles.auth;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A viewer is whole or anonymous: the access policy never decides on a half-filled one. */
class ViewersTest {

    @Test
    void anAuthenticatedViewerWithoutRoleOrConsentCannotBeMade() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new Viewer(id, null, false, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Viewer(id, Role.MEMBER, true, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Viewer(null, Role.STAFF, false, Consent.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Viewer(null, null, true, Consent.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowWithoutViewerIsAnonymous() {
        assertThat(Viewers.fromRow(null, null, false, null)).isEqualTo(Viewer.ANONYMOUS);
        UUID id = UUID.randomUUID();
        assertThat(Viewers.fromRow(id, "vip", true, "suggestive")).isEqualTo(new Viewer(id, Role.VIP, true, Consent.SUGGESTIVE));
    }

    @Test
    void aViewerByRoleOnlyCanOnlyBeDeniedMore() {
        UUID id = UUID.randomUUID();
        Viewer v = new Viewers(null).byRoleOnly(new AuthUser(id, UUID.randomUUID(), false, Role.VIP));
        assertThat(v).isEqualTo(new Viewer(id, Role.VIP, false, Consent.NONE));
        assertThat(new Viewers(null).byRoleOnly(null)).isEqualTo(Viewer.ANONYMOUS);
    }
}
