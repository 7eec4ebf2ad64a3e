package com.teezu.profiles.profile;

import com.teezu.profiles.fantasy.FantasyCatalog;

import com.teezu.profiles.auth.AccessPolicy;
import com.teezu.profiles.auth.AuthUser;
import com.teezu.profiles.auth.Consent;
import com.teezu.profiles.auth.FantasyAccess;
import com.teezu.profiles.auth.Role;
import com.teezu.profiles.auth.Viewer;
import com.teezu.profiles.auth.Visibility;
import com.teezu.profiles.auth.Viewers;
import com.teezu.profiles.media.MediaUrls;
import com.teezu.profiles.shared.web.ApiProblem;
import com.teezu.profiles.shared.Ids;
import com.teezu.profiles.wallet.WalletSettings;
import com.teezu.profiles.teezer.StoredSchedules;
import com.teezu.profiles.teezer.TeezerStatus;
import com.teezu.profiles.teezer.WeeklySchedule;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads a profile for one viewer and shapes it by the access policy. */
@Service
public class ProfileService {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_]{3,32}$");

    private final ProfileRepository profiles;
    private final MediaUrls media;
    private final WalletSettings settings;
    private final JsonMapper json;
    private final StoredSchedules schedules;
    private final Clock clock;

    ProfileService(ProfileRepository profiles, MediaUrls media, WalletSettings settings, JsonMapper json, StoredSchedules schedules, Clock clock) {
        this.profiles = profiles;
        this.media = media;
        this.settings = settings;
        this.json = json;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** {@code idOrUsername}: a UUID, a username (any case) or {@code me}. */
    public ProfileView read(String idOrUsername, AuthUser caller) {
        UUID viewerId = caller == null ? null : caller.id();
        return load(idOrUsername, viewerId).map(this::shape).orElseThrow(() -> ApiProblem.notFound("User"));
    }

    private Optional<ProfileRepository.ProfileRow> load(String idOrUsername, UUID viewerId) {
        if ("me".equals(idOrUsername)) {
            if (viewerId == null) throw ApiProblem.unauthorized();
            return profiles.byId(viewerId, viewerId);
        }
        Optional<UUID> uuid = Ids.parseUuid(idOrUsername);
        if (uuid.isPresent()) return profiles.byId(uuid.get(), viewerId);
        if (!USERNAME.matcher(idOrUsername).matches()) return Optional.empty();
        return profiles.byUsername(idOrUsername, viewerId);
    }

    private ProfileView shape(ProfileRepository.ProfileRow p) {
        Viewer viewer = p.viewer() == null ? Viewer.ANONYMOUS
                : Viewers.fromRow(p.viewer().id(), p.viewer().role(), p.viewer().ageVerified(), p.viewer().consent());
        Role role = Role.fromKey(p.role());
        ZoneId zone = ZoneId.of(p.timeZone());
        WeeklySchedule schedule = schedules.read(p.scheduleDays() == null ? null : p.scheduleDays().data());
        var status = TeezerStatus.effective(p.live(), p.teezerActive(), schedule, zone, clock.instant());

        var user = new ProfileView.User(p.id(), p.username(), p.displayName(), p.bio(), p.location(),
                p.avatarKey() == null ? null : media.url(p.avatarKey()),
                p.coverKey() == null ? null : media.url(p.coverKey()),
                role, new ProfileView.Badge(role.badgeLabel(), role.badgeColors()),
                p.mood() == null ? null : Mood.fromKey(p.mood()).view(),
                p.verified(), p.live(), new ProfileView.Teezer(p.teezerActive(), status.key()),
                p.timeZone(), p.createdAt());
        var stats = new ProfileView.Stats(p.followers(), p.following(), p.likes(),
                p.streamHours().setScale(1, RoundingMode.HALF_UP), p.posts());
        var messaging = AccessPolicy.messaging(viewer,
                new AccessPolicy.DmTarget(p.id(), role, p.dmPolicy().whoMayWrite(), p.dmPolicy().priceTokens()),
                p.viewerFollows(), p.viewerSubscribed(), p.viewerInConversation());
        var relation = new ProfileView.ViewerRelation(viewer.authenticated(), viewer.is(p.id()), p.viewerFollows(),
                p.viewerSubscribed(), messaging);

        Consent gate = p.fantasy() == null ? Consent.EXPLICIT : Consent.fromKey(p.fantasy().consentLevel());
        FantasyAccess access = AccessPolicy.fantasyAccess(viewer, p.id(), gate);
        ProfileView.Fantasy fantasy = access == FantasyAccess.GRANTED && p.fantasy() != null ? fantasy(p.fantasy()) : null;

        var gifts = p.gifts();
        var grid = p.grid().stream().map(item -> gridItem(viewer, p, item)).toList();

        ProfileView.PrivateStats privateStats = null;
        if (AccessPolicy.canSeePrivateStats(viewer, p.id())) {
            BigDecimal eur = BigDecimal.valueOf(p.earnedTokensThisMonth() == null ? 0 : p.earnedTokensThisMonth())
                    .multiply(settings.tokenEur()).setScale(2, RoundingMode.HALF_UP);
            privateStats = new ProfileView.PrivateStats(new ProfileView.Money(eur.toPlainString(), "EUR"),
                    p.tipTotal(), p.subscribers(), new ProfileView.Schedule(p.timeZone(), schedule.toDays()));
        }
        var staff = viewer.has(com.teezu.profiles.auth.Permission.VERIFY_USERS) ? new ProfileView.StaffView(p.ageVerified()) : null;
        var offer = role == Role.CREATOR ? new ProfileView.Offer(p.planPrice() == null
                ? com.teezu.profiles.subscriptions.SubscriptionService.DEFAULT_MONTHLY_PRICE : p.planPrice()) : null;
        return new ProfileView(user, stats, relation, access, fantasy, gifts, grid, privateStats, staff, offer);
    }

    private ProfileView.GridItem gridItem(Viewer viewer, ProfileRepository.ProfileRow p, ProfileRepository.GridRow item) {
        boolean open = AccessPolicy.canOpenContent(viewer, p.id(), item.visibility(), p.viewerSubscribed(),
                p.unlockedByViewer().contains(item.id()));
        return new ProfileView.GridItem(item.id(), item.title(), item.visibility(), !open,
                item.visibility() == Visibility.LOCKED ? item.priceTokens() : null,
                media.url(open ? item.thumbKey() : item.blurKey()), !open,
                open ? media.url(item.mediaKey()) : null,
                item.likes(), p.likedByViewer().contains(item.id()), item.createdAt(),
                AccessPolicy.canSeePrivateStats(viewer, p.id()) ? p.unlockCounts().getOrDefault(item.id(), 0) : null);
    }

    private ProfileView.Fantasy fantasy(ProfileRepository.FantasyRow f) {
        var node = json.readTree(f.dnaScores().data());
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String d : FantasyCatalog.DNA_DIMENSIONS) scores.put(d, node.get(d).intValue());
        List<FantasyCatalog.Tag> kinks = FantasyCatalog.list(f.kinks()).stream().map(k -> FantasyCatalog.kink(k).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        return new ProfileView.Fantasy(scores, kinks, FantasyCatalog.list(f.intent()), FantasyCatalog.list(f.availability()),
                f.consentLevel());
    }
}
