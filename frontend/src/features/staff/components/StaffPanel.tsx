import { useState, type FormEvent } from "react";
import { ApiError } from "../../../api/client";
import type { Profile } from "../../../api/types";
import { t } from "../../../i18n";
import { useRecordVerification, useRecount, useTopUp } from "../api/staff";

const METHODS = ["id_document", "video_selfie", "third_party_check"];

/** What staff do on someone's page: record an identity or age check, top up tokens, recount counters. */
export function StaffPanel({ profile }: { profile: Profile }) {
  return (
    <section className="card staff" data-testid="staff-panel" aria-labelledby="staff-title">
      <h2 id="staff-title">🛡️ {t.staff.title}</h2>
      <Verification profile={profile} />
      <TopUp username={profile.user.username} />
      <Recount />
    </section>
  );
}

/** A staff action's message, field errors and busy state; the action is one of the mutations in ../api/staff. */
function useAction() {
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<string>) {
    setBusy(true);
    setMessage(null);
    setErrors({});
    try {
      setMessage(await action());
    } catch (e) {
      if (e instanceof ApiError) {
        const fields = e.fieldErrors();
        setErrors(Object.keys(fields).length ? fields : { "": e.message });
      } else setErrors({ "": String(e) });
    } finally {
      setBusy(false);
    }
  }
  const error = (field: string) => errors[field] && <p className="field-error" role="alert">{errors[field]}</p>;
  return { message, busy, run, error };
}

function Verification({ profile }: { profile: Profile }) {
  const verification = useRecordVerification(profile.user);
  const [identity, setIdentity] = useState(profile.user.isVerified);
  // the user's current state (staff read it on the profile), not an empty box that would look like "not verified"
  const [age, setAge] = useState(profile.staff?.ageVerified ?? false);
  const [method, setMethod] = useState(METHODS[0]);
  const [provider, setProvider] = useState("");
  const [reference, setReference] = useState("");
  const { message, busy, run, error } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(async () => {
      await verification.mutateAsync({
        identityVerified: identity, ageVerified: age, method, provider: provider || undefined, reference: reference || undefined,
      });
      return t.staff.verified;
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <h3>{t.staff.verification}</h3>
      <label className="switch"><input type="checkbox" checked={identity} onChange={(e) => setIdentity(e.target.checked)} /> {t.staff.identity}</label>
      <label className="switch"><input type="checkbox" data-testid="age-check" checked={age} onChange={(e) => setAge(e.target.checked)} /> {t.staff.age}</label>
      <label htmlFor="verify-method">{t.staff.method}</label>
      <select id="verify-method" value={method} onChange={(e) => setMethod(e.target.value)}>
        {METHODS.map((m) => <option key={m} value={m}>{t.staff.methods[m]}</option>)}
      </select>
      {error("method")}
      <label htmlFor="verify-provider">{t.staff.provider}</label>
      <input id="verify-provider" value={provider} maxLength={64} onChange={(e) => setProvider(e.target.value)} />
      {error("provider")}
      <label htmlFor="verify-reference">{t.staff.reference}</label>
      <input id="verify-reference" value={reference} maxLength={128} onChange={(e) => setReference(e.target.value)} />
      {error("reference")}
      {error("")}
      <button type="submit" disabled={busy}>{t.staff.record}</button>
      {message && <span role="status" data-testid="verification-done"> {message}</span>}
    </form>
  );
}

function TopUp({ username }: { username: string }) {
  const topUp = useTopUp();
  const [amount, setAmount] = useState("100");
  const [reference, setReference] = useState("");
  const { message, busy, run, error } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(async () => {
      const r = await topUp.mutateAsync({ user: username, amount: Number(amount), reference: reference || undefined });
      return t.staff.toppedUp(r.balance);
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <h3>{t.staff.topUp}</h3>
      <label htmlFor="topup-amount">{t.staff.amount}</label>
      <input id="topup-amount" type="number" min={1} max={1000000} value={amount} onChange={(e) => setAmount(e.target.value)} />
      {error("amount")}
      <label htmlFor="topup-reference">{t.staff.reference}</label>
      <input id="topup-reference" value={reference} maxLength={128} onChange={(e) => setReference(e.target.value)} />
      {error("reference")}
      {error("")}
      <button type="submit" disabled={busy}>{t.staff.topUp}</button>
      {message && <span role="status" data-testid="topup-done"> {message}</span>}
    </form>
  );
}

function Recount() {
  const recount = useRecount();
  const { message, busy, run, error } = useAction();
  return (
    <div>
      <h3>{t.staff.recount}</h3>
      <p className="muted">{t.staff.recountNote}</p>
      <button disabled={busy} onClick={() => run(async () => t.staff.recounted((await recount.mutateAsync()).drifted))}>
        {t.staff.recount}
      </button>
      {error("")}
      {message && <span role="status" data-testid="recount-done"> {message}</span>}
    </div>
  );
}
