import { useEffect, useState } from "react";
import { problemText } from "../../../api/problems";
import { t } from "../../../i18n";
import { useProfile } from "../../profile/api/profile";
import { useUploadPicture, type PictureKind } from "../api/settings";

/** Profile and cover picture, each previewed: uploaded as soon as it is chosen, not with a Save. */
export function PicturesSection({ username }: { username: string }) {
  return (
    <fieldset>
      <legend>{t.studio.avatar} · {t.studio.cover}</legend>
      <PictureUpload kind="avatar" username={username} />
      <PictureUpload kind="cover" username={username} />
    </fieldset>
  );
}

/** Uploads a new profile or cover picture at once (the server re-encodes it and drops its metadata). */
function PictureUpload({ kind, username }: { kind: PictureKind; username: string }) {
  const picture = useUploadPicture(kind, username);
  const [state, setState] = useState<"idle" | "busy" | "done">("idle");
  const [error, setError] = useState<string | null>(null);
  // the picture as it is now, and the chosen one at once (before the upload has finished)
  const current = useProfile(username).data?.user[kind === "avatar" ? "avatarUrl" : "coverUrl"] ?? null;
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => () => { if (chosen) URL.revokeObjectURL(chosen); }, [chosen]);
  const id = `upload-${kind}`;
  function upload(file: File | undefined) {
    if (!file) return;
    if (typeof URL.createObjectURL === "function") setChosen(URL.createObjectURL(file));
    setState("busy");
    setError(null);
    picture.mutate(file, {
      onSuccess: () => setState("done"),
      onError: (e) => {
        setError(problemText(e));
        setState("idle");
      },
    });
  }
  return (
    <div>
      <label htmlFor={id}>{kind === "avatar" ? t.studio.avatar : t.studio.cover}</label>
      {(chosen ?? current) && <img className={`picture-preview picture-${kind}`} src={chosen ?? current!} alt="" data-testid={`${kind}-preview`} />}
      <div className="upload-row">
        <input id={id} type="file" accept="image/jpeg,image/png,image/webp,image/gif" disabled={state === "busy"}
          onChange={(e) => upload(e.target.files?.[0])} />
        {state === "done" && <span role="status" data-testid={`${kind}-uploaded`}>{t.studio.uploaded}</span>}
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
