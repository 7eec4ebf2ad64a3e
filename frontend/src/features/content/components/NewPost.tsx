import { useEffect, useRef, useState, type FormEvent } from "react";
import { ApiError } from "../../../api/client";
import { t } from "../../../i18n";
import { useCreatePost } from "../api/posts";

/** A picture for her grid: open to everyone, to subscribers, or locked behind a price; the chosen file is previewed. */
export function NewPost({ username, onPublished }: { username: string; onPublished?: () => void }) {
  const create = useCreatePost(username);
  const file = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState("");
  const [visibility, setVisibility] = useState("public");
  const [price, setPrice] = useState("50");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => () => { if (preview) URL.revokeObjectURL(preview); }, [preview]);

  function publish(e: FormEvent) {
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
    setErrors({});
    setDone(false);
    create.mutate(form, {
      onSuccess: () => {
        setTitle("");
        if (file.current) file.current.value = "";
        setDone(true);
        setPreview(null);
        onPublished?.();
      },
      onError: (err) => {
        if (err instanceof ApiError) {
          const fields = err.fieldErrors();
          setErrors(Object.keys(fields).length ? fields : { file: err.message });
        } else setErrors({ file: String(err) });
      },
    });
  }

  const error = (field: string) => errors[field] && <p className="field-error" role="alert">{errors[field]}</p>;
  return (
    <form className="new-post" onSubmit={publish} noValidate>
      <label htmlFor="post-file">{t.studio.picture}</label>
      <input id="post-file" ref={file} type="file" accept="image/jpeg,image/png,image/webp,image/gif"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          setPreview(chosen && typeof URL.createObjectURL === "function" ? URL.createObjectURL(chosen) : null);
        }} />
      {preview && <img className="file-preview" src={preview} alt="" data-testid="post-preview" />}
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
      <button className="primary" type="submit" disabled={create.isPending}>{t.studio.publish}</button>
      {done && <span role="status" data-testid="published"> {t.studio.published}</span>}
    </form>
  );
}
