import { useEffect, useState, type FormEvent } from "react";
import { problemText } from "../../../api/problems";
import { t } from "../../../i18n";
import { useDmPolicy, useSetDmPolicy } from "../api/messages";

/** A creator's DM policy: who may write to her first, and an optional price per message for non-subscribers. */
export function DmPolicyForm() {
  const policy = useDmPolicy();
  const save = useSetDmPolicy();
  const [who, setWho] = useState<"everyone" | "followers" | "subscribers">("everyone");
  const [price, setPrice] = useState("");
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!policy.data) return;
    setWho(policy.data.whoMayWrite);
    setPrice(policy.data.priceTokens == null ? "" : String(policy.data.priceTokens));
  }, [policy.data]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate({ whoMayWrite: who, priceTokens: price.trim() === "" ? null : Number(price) }, { onSuccess: () => setSaved(true) });
  };
  return (
    <form className="dm-policy" onSubmit={submit} data-testid="dm-policy" aria-labelledby="dm-policy-title">
      <h3 id="dm-policy-title">{t.messages.policyTitle}</h3>
      <label htmlFor="dm-who">{t.messages.whoMayWrite}</label>
      <select id="dm-who" value={who} onChange={(e) => setWho(e.target.value as typeof who)}>
        <option value="everyone">{t.messages.who.everyone}</option>
        <option value="followers">{t.messages.who.followers}</option>
        <option value="subscribers">{t.messages.who.subscribers}</option>
      </select>
      <label htmlFor="dm-price">{t.messages.priceLabel}</label>
      <input id="dm-price" type="number" min={1} max={100000} inputMode="numeric" value={price} onChange={(e) => setPrice(e.target.value)} />
      <button type="submit" disabled={save.isPending}>{t.messages.savePolicy}</button>
      {saved && <p className="muted" role="status">{t.messages.policySaved}</p>}
      {save.error && <p className="error" role="alert">{problemText(save.error)}</p>}
    </form>
  );
}
