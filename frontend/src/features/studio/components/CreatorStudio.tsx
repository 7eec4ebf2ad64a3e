import { useState } from "react";
import { problemText } from "../../../api/problems";
import type { Profile } from "../../../api/types";
import { Dialog } from "../../../components/Dialog";
import { t } from "../../../i18n";
import { NewPost } from "../../content/components/NewPost";
import { DmPolicyForm } from "../../messages/components/DmPolicyForm";
import { useSetTeezerActive } from "../../teezer/api/teezer";
import { useSetLive } from "../api/stream";

/** A creator's own controls on her page: go live or end the stream, the Teezer switch, a new post (in a dialog). */
export function CreatorStudio({ profile }: { profile: Profile }) {
  const username = profile.user.username;
  const setLive = useSetLive(username);
  const setTeezer = useSetTeezerActive(username);
  const [error, setError] = useState<string | null>(null);
  const [posting, setPosting] = useState(false);
  const [published, setPublished] = useState(false);
  const busy = setLive.isPending || setTeezer.isPending;

  // one change at a time (both are disabled while one is under way); its error replaces the last one
  const onError = (e: unknown) => setError(problemText(e));
  function goLive(on: boolean) {
    setError(null);
    setLive.mutate(on, { onError });
  }
  function teezer(on: boolean) {
    setError(null);
    setTeezer.mutate(on, { onError });
  }

  const live = profile.user.isLive;
  return (
    <section className="card studio" data-testid="creator-studio" aria-labelledby="studio-title">
      <h2 id="studio-title">🎛️ {t.studio.title}</h2>
      <div className="actions">
        <button className={live ? "" : "primary"} data-testid="live-toggle" aria-pressed={live} disabled={busy}
          onClick={() => goLive(!live)}>
          {live ? t.studio.endStream : t.studio.goLive}
        </button>
        <label className="switch">
          <input type="checkbox" role="switch" checked={profile.user.teezer.active} disabled={busy} data-testid="teezer-toggle"
            onChange={(e) => teezer(e.target.checked)} /> {t.settings.teezer}
        </label>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <p className="actions">
        <button className="primary" data-testid="new-post-button" onClick={() => { setPublished(false); setPosting(true); }}>
          ＋ {t.studio.newPost}
        </button>
        {published && <span role="status" data-testid="published">{t.studio.published}</span>}
      </p>
      {posting && (
        <Dialog title={t.studio.newPost} onClose={() => setPosting(false)}>
          <NewPost username={username} onPublished={() => { setPosting(false); setPublished(true); }} />
        </Dialog>
      )}
      <DmPolicyForm />
    </section>
  );
}
