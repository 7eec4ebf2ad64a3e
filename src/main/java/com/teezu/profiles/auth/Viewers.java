package com.teezu.profiles.auth;

import com.teezu.profiles.shared.web.ApiProblem;
import org.springframework.stereotype.Service;

import java.util.UUID;

/** The one place a {@link Viewer} is made. */
@Service
public class Viewers {

    private final AccountRepository accounts;

    Viewers(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The caller as the database says right now; {@link Viewer#ANONYMOUS} for no caller, 401 for a vanished account. */
    public Viewer of(AuthUser caller) {
        if (caller == null) return Viewer.ANONYMOUS;
        var a = accounts.find(caller.id()).orElseThrow(ApiProblem::unauthorized);
        return new Viewer(a.id(), a.role(), a.ageVerified(), a.consent());
    }

    /**
     * The caller as her session says, for decisions on role and identity alone (the follow hot path
     * reads no account row): her age check and consent count as not given, so such a viewer can only be
     * denied more, never allowed more. Falls back to {@link #of} when the session carries no role.
     */
    public Viewer byRoleOnly(AuthUser caller) {
        if (caller == null) return Viewer.ANONYMOUS;
        if (caller.role() == null) return of(caller);
        return new Viewer(caller.id(), caller.role(), false, Consent.NONE);
    }

    /** A viewer read along with other data in one statement (the profile read); null id = anonymous. */
    public static Viewer fromRow(UUID id, String role, boolean ageVerified, String consent) {
        if (id == null || role == null) return Viewer.ANONYMOUS;
        return new Viewer(id, Role.fromKey(role), ageVerified, Consent.fromKey(consent));
    }
}
