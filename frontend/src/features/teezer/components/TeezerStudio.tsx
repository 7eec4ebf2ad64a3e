import { useEffect, useState } from "react";
import { ApiError } from "../../../api/client";
import type { TeezerEntry, TeezerTurn } from "../../../api/types";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useMe } from "../../auth/api/me";
import { FieldError } from "../../settings/components/FieldError";
import { useActivity, useDeleteEntry, useEntries, usePersona, useSaveEntry, useSavePersona, useTryTeezer } from "../api/studio";

const KINDS = ["answer", "greeting", "boundary", "away"] as const;

function errorsOf(e: unknown): Record<string, string> {
  return e instanceof ApiError ? e.fieldErrors() : {};
}

/** /teezer: the creator's persona card, reply bank, "what would Teezer answer?" and Teezer's activity. */
export function TeezerStudioPage() {
  const me = useMe();
  useEffect(() => {
    document.title = `${t.clone.title} · TeezU`;
  }, []);
  if (me.isPending) return <p>…</p>;
  if (!me.data) return <p className="card"><Link to="/login">{t.nav.login}</Link></p>;
  if (me.data.role !== "creator") return <p className="card">{t.clone.intro}</p>;
  return (
    <div className="studio" data-testid="teezer-studio">
      <header className="card">
        <h1>{t.clone.title}</h1>
        <p className="muted">{t.clone.intro}</p>
      </header>
      <div className="studio-grid">
        <div>
          <PersonaCard />
          <TryBox />
          <ActivityList />
        </div>
        <ReplyBank />
      </div>
    </div>
  );
}

function PersonaCard() {
  const persona = usePersona();
  const save = useSavePersona();
  const [tone, setTone] = useState("");
  const [boundaries, setBoundaries] = useState("");
  const [banned, setBanned] = useState("");
  useEffect(() => {
    if (!persona.data) return;
    setTone(persona.data.tone);
    setBoundaries(persona.data.boundaries);
    setBanned(persona.data.bannedTopics.join(", "));
  }, [persona.data]);
  const errors = errorsOf(save.error);
  return (
    <section className="card studio-form" aria-labelledby="persona-title">
      <h2 id="persona-title">{t.clone.persona}</h2>
      <form onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ tone, boundaries, bannedTopics: banned.split(",").map((x) => x.trim()).filter(Boolean) });
      }}>
        <label htmlFor="persona-tone">{t.clone.tone}</label>
        <input id="persona-tone" value={tone} maxLength={300} placeholder={t.clone.tonePlaceholder} onChange={(e) => setTone(e.target.value)} />
        <FieldError errors={errors} field="tone" />
        <label htmlFor="persona-boundaries">{t.clone.boundaries}</label>
        <textarea id="persona-boundaries" value={boundaries} maxLength={1000} rows={3} onChange={(e) => setBoundaries(e.target.value)} />
        <FieldError errors={errors} field="boundaries" />
        <label htmlFor="persona-banned">{t.clone.bannedTopics}</label>
        <input id="persona-banned" value={banned} onChange={(e) => setBanned(e.target.value)} />
        <FieldError errors={errors} field="bannedTopics" />
        <div className="studio-actions">
          <button className="primary" type="submit" disabled={save.isPending}>{t.clone.savePersona}</button>
          <span role="status" className="muted">{save.isSuccess ? t.clone.saved : ""}</span>
        </div>
        {save.error && !Object.keys(errors).length && <p role="alert" className="dm-error">{save.error.message}</p>}
      </form>
    </section>
  );
}

type Draft = { id?: string; kind: string; prompt: string; answer: string; explicit: boolean };
const EMPTY: Draft = { kind: "answer", prompt: "", answer: "", explicit: false };

function EntryForm({ initial, onDone }: { initial: Draft; onDone: () => void }) {
  const save = useSaveEntry();
  const [draft, setDraft] = useState<Draft>(initial);
  const errors = errorsOf(save.error);
  const id = initial.id ?? "new";
  return (
    <form className="studio-form entry-form" data-testid="entry-form" onSubmit={(e) => {
      e.preventDefault();
      save.mutate({ ...draft, kind: draft.kind as (typeof KINDS)[number] }, { onSuccess: () => { setDraft(EMPTY); onDone(); } });
    }}>
      <label htmlFor={`entry-kind-${id}`}>{t.clone.kind}</label>
      <select id={`entry-kind-${id}`} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
        {KINDS.map((k) => <option key={k} value={k}>{t.clone.kinds[k]}</option>)}
      </select>
      <label htmlFor={`entry-prompt-${id}`}>{t.clone.prompt}</label>
      <textarea id={`entry-prompt-${id}`} rows={3} maxLength={600} value={draft.prompt} onChange={(e) => setDraft({ ...draft, prompt: e.target.value })} />
      <FieldError errors={errors} field="prompt" />
      <label htmlFor={`entry-answer-${id}`}>{t.clone.answer}</label>
      <textarea id={`entry-answer-${id}`} rows={3} maxLength={600} value={draft.answer} onChange={(e) => setDraft({ ...draft, answer: e.target.value })} />
      <FieldError errors={errors} field="answer" />
      <label className="switch">
        <input type="checkbox" role="switch" checked={draft.explicit} onChange={(e) => setDraft({ ...draft, explicit: e.target.checked })} />
        <span>{t.clone.explicit}</span>
      </label>
      <div className="studio-actions">
        <button className="primary" type="submit" disabled={save.isPending}>{initial.id ? t.clone.save : t.clone.add}</button>
        {initial.id && <button type="button" onClick={onDone}>{t.clone.cancel}</button>}
      </div>
      {save.error && !Object.keys(errors).length && <p role="alert" className="dm-error">{save.error.message}</p>}
    </form>
  );
}

function ReplyBank() {
  const entries = useEntries();
  const remove = useDeleteEntry();
  const [editing, setEditing] = useState<string | null>(null);
  const items = entries.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="bank-title">
      <h2 id="bank-title">{t.clone.bank(items.length, entries.data?.max ?? 200)}</h2>
      <p className="muted">{t.clone.bankHint}</p>
      <EntryForm initial={EMPTY} onDone={() => undefined} />
      {entries.isSuccess && items.length === 0 && <p className="muted">{t.clone.empty}</p>}
      <ul className="bank" data-testid="reply-bank">
        {items.map((e: TeezerEntry) => (
          <li key={e.id} className="bank-entry" data-testid="bank-entry">
            {editing === e.id ? (
              <EntryForm initial={{ id: e.id, kind: e.kind, prompt: e.prompt, answer: e.answer, explicit: e.explicit }} onDone={() => setEditing(null)} />
            ) : (
              <>
                <p className="bank-meta">
                  <span className="chip">{t.clone.kinds[e.kind] ?? e.kind}</span>
                  {e.explicit && <span className="chip explicit">{t.clone.explicitBadge}</span>}
                </p>
                {e.prompt && <p className="bank-prompt muted">{e.prompt.split("\n").join(" · ")}</p>}
                <p className="bank-answer">{e.answer}</p>
                <div className="studio-actions">
                  <button type="button" onClick={() => setEditing(e.id)}>{t.clone.edit}</button>
                  <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(e.id)}>{t.clone.remove}</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TryBox() {
  const tryIt = useTryTeezer();
  const [text, setText] = useState("");
  const [explicit, setExplicit] = useState(true);
  const r = tryIt.data;
  return (
    <section className="card studio-form" aria-labelledby="try-title">
      <h2 id="try-title">{t.clone.tryTitle}</h2>
      <form onSubmit={(e) => { e.preventDefault(); if (text.trim()) tryIt.mutate({ text, explicitFan: explicit }); }}>
        <label htmlFor="try-text">{t.clone.tryLabel}</label>
        <textarea id="try-text" rows={2} value={text} onChange={(e) => setText(e.target.value)} />
        <label className="switch">
          <input type="checkbox" role="switch" checked={explicit} onChange={(e) => setExplicit(e.target.checked)} />
          <span>{t.clone.tryAsExplicit}</span>
        </label>
        <div className="studio-actions"><button className="primary" type="submit" disabled={tryIt.isPending}>{t.clone.tryButton}</button></div>
      </form>
      {r && (
        <div className="try-result" data-testid="try-result" aria-live="polite">
          <p className="bubble mine ai"><span className="ai-badge" aria-hidden="true">{t.ai.badge}</span> {r.answer}</p>
          <p className="muted">
            {r.responder === "fixed" ? t.clone.fixedLine : r.lowConfidence ? t.clone.noEntry : t.clone.score((r.score ?? 0).toFixed(2))}
          </p>
          {r.handover && <p className="muted">{t.clone.handover(t.clone.reasons[r.handover] ?? r.handover)}</p>}
        </div>
      )}
      {tryIt.error && <p role="alert" className="dm-error">{tryIt.error.message}</p>}
    </section>
  );
}

function ActivityList() {
  const activity = useActivity();
  const pages = activity.data?.pages ?? [];
  const summary = pages[0]?.summary;
  const items = pages.flatMap((p) => p.items);
  return (
    <section className="card" aria-labelledby="activity-title">
      <h2 id="activity-title">{t.clone.activity}</h2>
      {summary && <p className="muted" data-testid="activity-summary">{t.clone.summary(summary.turns, summary.threads, summary.answered)}</p>}
      {summary && Object.keys(summary.handovers).length > 0 && (
        <p className="muted">{Object.entries(summary.handovers).map(([reason, n]) => `${t.clone.reasons[reason] ?? reason}: ${n}`).join(" · ")}</p>
      )}
      {activity.isSuccess && items.length === 0 && <p className="muted">{t.clone.noActivity}</p>}
      <ol className="activity" data-testid="activity">
        {items.map((turn: TeezerTurn) => (
          <li key={turn.id} data-testid="turn">
            <p>
              <strong>{t.clone.outcome[turn.outcome] ?? turn.outcome}</strong>{" · "}
              <Link to={`/messages/${turn.conversationId}`}>{turn.fan.displayName}</Link>{" · "}
              <time dateTime={turn.createdAt}>{new Date(turn.createdAt).toLocaleString(document.documentElement.lang || undefined, { dateStyle: "short", timeStyle: "short" })}</time>
            </p>
            <p className="muted">
              {[turn.responder && `${turn.responder}${turn.model ? ` (${turn.model})` : ""}`,
                turn.score != null && `score ${turn.score.toFixed(2)}`,
                t.clone.latency(turn.latencyMs),
                turn.fallback && t.clone.fallbackUsed(t.clone.fallbacks[turn.fallback] ?? turn.fallback),
                turn.handover && t.clone.handover(t.clone.reasons[turn.handover] ?? turn.handover),
                turn.skipped && (t.clone.skips[turn.skipped] ?? turn.skipped)].filter(Boolean).join(" · ")}
            </p>
          </li>
        ))}
      </ol>
      {activity.hasNextPage && <button type="button" onClick={() => activity.fetchNextPage()} disabled={activity.isFetchingNextPage}>{t.clone.more}</button>}
    </section>
  );
}
