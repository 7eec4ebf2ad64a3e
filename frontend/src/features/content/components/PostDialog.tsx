import { useState } from "react";
import { problemText } from "../../../api/problems";
import type { GridItem } from "../../../api/types";
import { Dialog } from "../../../components/Dialog";
import { compact } from "../../../components/format";
import { t } from "../../../i18n";
import { JoinDialog } from "../../auth/components/JoinDialog";
import { useLike } from "../api/like";

/** One post, opened from the grid or by its own address (/@lena/post/{id}): title, picture, likes and Like. */
export function PostDialog({ username, name, item, authenticated, onClose }: {
  username: string; name: string; item: GridItem | undefined; authenticated: boolean; onClose: () => void;
}) {
  const like = useLike(username);
  const [joining, setJoining] = useState(false);
  if (joining) return <JoinDialog name={name} pitch={t.join.follow(name)} onClose={() => setJoining(false)} />;
  if (!item) {
    return (
      <Dialog title={t.post.untitled} onClose={onClose}>
        <p data-testid="post-missing">{t.post.notFound}</p>
        <div className="actions"><button onClick={onClose}>{t.post.close}</button></div>
      </Dialog>
    );
  }
  const src = item.locked ? item.thumbnailUrl : (item.mediaUrl ?? item.thumbnailUrl);
  return (
    <Dialog title={item.title ?? t.post.untitled} onClose={onClose}>
      <figure className={`post-view${item.blurred ? " tile-blurred" : ""}`} data-testid="post-view" data-post={item.id}>
        <img src={src} alt={item.blurred ? "" : (item.title ?? t.post.untitled)} />
      </figure>
      <div className="post-meta">
        <span data-testid="post-likes">❤️ {t.post.likes(compact(item.likes))}</span>
        <button type="button" className={item.liked ? "primary" : ""} aria-pressed={item.liked} data-testid="like-button"
          disabled={like.isPending}
          onClick={() => (authenticated ? like.mutate({ contentId: item.id, like: !item.liked }) : setJoining(true))}>
          {item.liked ? `♥ ${t.post.liked}` : `♡ ${t.post.like}`}
        </button>
      </div>
      {like.isError && <p className="error" role="alert">{problemText(like.error)}</p>}
      <div className="actions"><button onClick={onClose} data-testid="close-post">{t.post.close}</button></div>
    </Dialog>
  );
}
