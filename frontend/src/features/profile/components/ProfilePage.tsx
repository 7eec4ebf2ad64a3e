import { ApiError } from "../../../api/client";
import { useMe } from "../../auth/api/me";
import { useProfile } from "../api/profile";
import { useLiveProfile } from "../api/realtime";
import { ProfileSkeleton } from "../../../components/Skeleton";
import { Link } from "../../../components/Link";
import { usePageTitle } from "../../../components/usePageTitle";
import { t } from "../../../i18n";
import { ContentGrid } from "../../content/components/ContentGrid";
import { CreatorStudio } from "../../studio/components/CreatorStudio";
import { Fantasy } from "./Fantasy";
import { FollowButton } from "../../follow/components/FollowButton";
import { GiftVault } from "../../gifts/components/GiftVault";
import { GuestActions } from "./GuestActions";
import { Header } from "./Header";
import { PrivateDashboard } from "./PrivateDashboard";
import { ShareButton } from "./ShareButton";
import { StaffPanel } from "../../staff/components/StaffPanel";
import { StatsRow } from "./StatsRow";
import { SupportActions } from "./SupportActions";
import { MessageButton } from "../../messages/components/MessageButton";
import { TeezerCard } from "../../teezer/components/TeezerCard";

/**
 * The profile: the header across the page (cover, identity, actions, counters), then the content in a
 * main column and, on wide screens, a sidebar with the private and staff panels, the Teezer and the
 * gift vault. Who sees what: the creator's dashboard only the creator herself (and staff, told so);
 * the staff panel only staff on someone else's page.
 */
export function ProfilePage({ username, postId }: { username: string; postId?: string }) {
  const query = useProfile(username);
  const me = useMe();
  // live without reload: watch this profile and fold its events into the cached profile
  useLiveProfile(query.data?.user.id);
  usePageTitle(query.data ? t.titles.profile(query.data.user.displayName, query.data.user.username) : null);

  if (query.isPending) return <ProfileSkeleton label={t.profile.loading} />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <section className="card empty-state" data-testid={notFound ? "not-found" : "load-error"}>
        <h1>{notFound ? t.profile.notFoundTitle : t.profile.errorTitle}</h1>
        <p>{notFound ? t.profile.notFoundBody : query.error.message}</p>
        {notFound ? <Link to="/">{t.nav.home}</Link> : <button onClick={() => query.refetch()}>{t.profile.retry}</button>}
      </section>
    );
  }
  const profile = query.data;
  const { viewer, user } = profile;
  const creator = user.role === "creator";
  const staff = me.data?.role === "staff";
  const other = viewer.authenticated && !viewer.isSelf;
  return (
    <article className="profile" data-testid="profile" data-username={user.username}>
      <Header profile={profile} />
      <div className="profile-top">
        <div className="profile-actions">
          {!viewer.authenticated && <GuestActions profile={profile} />}
          {other && <FollowButton username={user.username} following={viewer.following} />}
          {other && <MessageButton profile={profile} />}
          {other && creator && <SupportActions profile={profile} />}
          {viewer.isSelf && (
            <Link className="button" to="/settings">
              {t.nav.settings}
            </Link>
          )}
          <ShareButton username={user.username} name={user.displayName} />
        </div>
        <StatsRow stats={profile.stats} />
      </div>
      <div className="profile-body">
        <div className="profile-main">
          {viewer.isSelf && creator && <CreatorStudio profile={profile} />}
          <Fantasy profile={profile} />
          <ContentGrid username={user.username} name={user.displayName} items={profile.contentGrid} authenticated={viewer.authenticated}
            mine={viewer.isSelf} subscribed={viewer.subscribed} openPost={postId}
            subscriptionPrice={profile.offer?.subscriptionPriceTokens} />
        </div>
        <aside className="profile-side" aria-label={t.shell.sidebar}>
          {creator && profile.privateStats && <PrivateDashboard stats={profile.privateStats} asStaff={staff && !viewer.isSelf} />}
          {staff && !viewer.isSelf && <StaffPanel profile={profile} />}
          {creator && <TeezerCard profile={profile} />}
          <GiftVault gifts={profile.giftVault} />
        </aside>
      </div>
    </article>
  );
}
