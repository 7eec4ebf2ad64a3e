import { useRef, useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../../../api/client";
import { keys } from "../../../api/hooks";
import type { Profile } from "../../../api/types";
import { t } from "../../../i18n/en";

/** A creator's own controls on her page: go live or end the stream, the Teezer switch, a new post. */
export function CreatorStudio({ profile }: { profile: Profile }) {
  const qc = useQueryClient();
  const key = keys.profile(profile.user.username);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function change(path: string, method: string, json: unknown) {
    setBusy(true);
    setError(null);
    try {
      await api(path, { method, json });
      await qc.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const live = profile.user.isLive;
  return (
    <section className="card studio" data-testid="creator-studio" aria-labelledby="studio-title">
      <h2 id="studio-title">🎛️ {t.studio.title}</h2>
      <div className="actions">
        <button className={live ? "" : "primary"} data-testid="live-toggle" aria-pressed={live} disabled={busy}
          onClick={() => change("/api/users/me/live", "POST", { live: !live })}>
          {live ? t.studio.endStream : t.studio.goLive}
        </button>
        <label className="switch">
          <input type="checkbox" checked={profile.user.teezer.active} disabled={busy} data-testid="teezer-toggle"
            onChange={(e) => change("/api/users/me/teezer", "PATCH", { active: e.target.checked })} /> {t.settings.teezer}
        </label>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <NewPost onPublished={() => qc.invalidateQueries({ queryKey: key })} />
    </section>
  );
}

function NewPost({ onPublished }: { onPublished: () => void }) {
  const file = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState("");
  const [visibility, setVisibility] = useState("public");
  const [price, setPrice] = useState("50");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function publish(e: FormEvent) {
    e.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen) {
      setErrors({ file: t.studio.pickFile });
      return;
    }
    const form = new FormData();
    form.append("file", chosen);
    form.append("visibility", visibility);
    if (title) form.append("title", title);
    if (visibility === "locked") form.append("priceTokens", price);
    setBusy(true);
    setErrors({});
    setDone(false);
    try {
      await api("/api/content", { method: "POST", body: form });
      setTitle("");
      if (file.current) file.current.value = "";
      setDone(true);
      onPublished();
    } catch (err) {
      if (err instanceof ApiError) {
        const fields = err.fieldErrors();
        setErrors(Object.keys(fields).length ? fields : { file: err.message });
      } else setErrors({ file: String(err) });
    } finally {
      setBusy(false);
    }
  }

  const error = (field: string) => errors[field] && <p className="field-error" role="alert">{errors[field]}</p>;
  return (
    <form className="new-post" onSubmit={publish} noValidate>
      <h3>{t.studio.newPost}</h3>
      <label htmlFor="post-file">{t.studio.picture}</label>
      <input id="post-file" ref={file} type="file" accept="image/jpeg,image/png,image/webp,image/gif" />
      {error("file")}
      <label htmlFor="post-title">{t.studio.postTitle}</label>
      <input id="post-title" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} />
      {error("title")}
      <label htmlFor="post-visibility">{t.studio.visibility}</label>
      <select id="post-visibility" value={visibility} onChange={(e) => setVisibility(e.target.value)}>
        {(["public", "premium", "locked"] as const).map((v) => <option key={v} value={v}>{t.studio.visibilities[v]}</option>)}
      </select>
      {error("visibility")}
      {visibility === "locked" && (
        <>
          <label htmlFor="post-price">{t.studio.price}</label>
          <input id="post-price" type="number" min={1} max={100000} value={price} onChange={(e) => setPrice(e.target.value)} />
          {error("priceTokens")}
        </>
      )}
      <button className="primary" type="submit" disabled={busy}>{t.studio.publish}</button>
      {done && <span role="status" data-testid="published"> {t.studio.published}</span>}
    </form>
  );
}
