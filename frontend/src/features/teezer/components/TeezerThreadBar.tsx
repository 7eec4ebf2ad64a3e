import { useEffect } from "react";
import { t } from "../../../i18n";
import { useSetThreadState, useThreadState } from "../api/studio";

/** The creator's view of Teezer in one conversation with a fan: answering, waiting while she writes, handed over, or off. */
export function TeezerThreadBar({ conversationId, latest }: { conversationId: string; latest?: string }) {
  const state = useThreadState(conversationId, true);
  const set = useSetThreadState(conversationId);
  // a new message may have changed it (she wrote: paused; Teezer handed over)
  const { refetch } = state;
  useEffect(() => {
    if (latest) refetch();
  }, [latest, refetch]);
  if (!state.data) return null;
  const s = state.data;
  const line = !s.enabled ? t.ai.barOff
    : s.handover ? t.ai.barHandedOver(t.clone.reasons[s.handover] ?? s.handover)
    : s.pausedUntil ? t.ai.barPaused(new Date(s.pausedUntil).toLocaleTimeString(document.documentElement.lang || undefined, { hour: "2-digit", minute: "2-digit" }))
    : t.ai.barOn;
  return (
    <div className={`teezer-bar${s.handover ? " attention" : ""}`} data-testid="teezer-bar">
      <span className="ai-badge" aria-hidden="true">{t.ai.badge}</span>
      <p>{line}</p>
      {s.enabled && (s.handover || s.pausedUntil) && (
        <button type="button" disabled={set.isPending} onClick={() => set.mutate({ resume: true })}>{t.ai.resume}</button>
      )}
      <label className="switch">
        <input type="checkbox" role="switch" checked={s.enabled} disabled={set.isPending}
          onChange={(e) => set.mutate({ enabled: e.target.checked })} />
        <span>{t.ai.switchLabel}</span>
      </label>
      {set.error && <p role="alert" className="dm-error">{set.error.message}</p>}
    </div>
  );
}
