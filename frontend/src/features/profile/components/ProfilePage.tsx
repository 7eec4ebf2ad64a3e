import { ApiError } from "../../../api/client";
import { useMe } from "../../auth/api/me";
import { useProfile } from "../api/profile";
import { useLiveProfile } from "../api/realtime";
import { ProfileSkeleton } from "../../../components/Skeleton";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { ContentGrid } from "../../content/components/ContentGrid";
import { CreatorStudio } from "../../studio/components/CreatorStudio";
import { Fantasy } from "./Fantasy";
import { FollowButton } from "../../follow/components/FollowButton";
import { GiftVault } from "../../gifts/components/GiftVault";
import { Header } from "./Header";
import { PrivateDashboard } from "./PrivateDashboard";
import { StaffPanel } from "../../staff/components/StaffPanel";
import { StatsRow } from "./StatsRow";
import { SupportActions } from "./SupportActions";
import { MessageButton } from "../../messages/components/MessageButton";
import { TeezerCard } from "../../teezer/components/TeezerCard";

export function ProfilePage({ username }: { username: string }) {
  const query = useProfile(username);
  const me = useMe();
  // live without reload: watch this profile and fold its events into the cached profile
  useLiveProfile(query.data?.user.id);

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
  return (
    <article className="profile" data-testid="profile" data-username={profile.user.username}>
      <Header profile={profile} />
      <div className="profile-actions">
        {profile.viewer.authenticated && !profile.viewer.isSelf && <FollowButton username={profile.user.username} following={profile.viewer.following} />}
        {profile.viewer.authenticated && !profile.viewer.isSelf && <MessageButton profile={profile} />}
        {profile.viewer.authenticated && !profile.viewer.isSelf && profile.user.role === "creator" && <SupportActions profile={profile} />}
        {profile.viewer.isSelf && (
          <Link className="button" to="/settings">
            {t.nav.settings}
          </Link>
        )}
      </div>
      <StatsRow stats={profile.stats} />
      {profile.viewer.isSelf && profile.user.role === "creator" && <CreatorStudio profile={profile} />}
      {profile.privateStats && <PrivateDashboard stats={profile.privateStats} />}
      {me.data?.role === "staff" && !profile.viewer.isSelf && <StaffPanel profile={profile} />}
      <Fantasy profile={profile} />
      {profile.user.role === "creator" && <TeezerCard profile={profile} />}
      <GiftVault gifts={profile.giftVault} />
      <ContentGrid username={profile.user.username} items={profile.contentGrid} authenticated={profile.viewer.authenticated}
        mine={profile.viewer.isSelf} />
    </article>
  );
}
