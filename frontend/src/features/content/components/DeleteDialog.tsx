import { useState } from "react";
import { problemText } from "../../../api/problems";
import type { GridItem } from "../../../api/types";
import { Dialog } from "../../../components/Dialog";
import { t } from "../../../i18n";
import { useDeletePost } from "../api/posts";

/** The creator removes a post of hers: it leaves the grid and her counters at once. */
export function DeleteDialog({ username, item, onClose }: { username: string; item: GridItem; onClose: () => void }) {
  const deletion = useDeletePost(username);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  function remove() {
    setBusy(true);
    deletion.mutate(item.id, {
      onSuccess: onClose,
      onError: (e) => {
        setError(problemText(e));
        setBusy(false);
      },
    });
  }
  return (
    <Dialog title={t.studio.deleteTitle} onClose={onClose}>
      <p>{t.studio.deleteBody}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="actions">
        <button onClick={onClose}>{t.grid.cancel}</button>
        <button className="primary" data-testid="confirm-delete" disabled={busy} onClick={remove}>{t.studio.confirmDelete}</button>
      </div>
    </Dialog>
  );
}
