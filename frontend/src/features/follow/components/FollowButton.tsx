import { useFollow } from "../api/follow";
import { useToast } from "../../../components/toasts";
import { t } from "../../../i18n";

export function FollowButton({ username, following }: { username: string; following: boolean }) {
  const follow = useFollow(username);
  const toast = useToast();
  return (
    <button
      className={following ? "follow following" : "follow primary"}
      aria-pressed={following}
      aria-busy={follow.isPending}
      data-testid="follow-button"
      disabled={follow.isPending}
      onClick={() => follow.mutate(!following, { onError: () => toast(t.profile.followError) })}
    >
      {following ? t.profile.unfollow : t.profile.follow}
    </button>
  );
}
