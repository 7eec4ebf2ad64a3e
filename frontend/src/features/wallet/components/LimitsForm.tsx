import { useState } from "react";
import { problemText } from "../../../api/problems";
import type { SpendingLimits } from "../../../api/types";
import { t } from "../../../i18n";
import { useSetLimits } from "../api/shop";

type Field = "daily" | "monthly";

/** The fan's own limits; an empty field is no limit. */
export function LimitsForm({ limits }: { limits: SpendingLimits }) {
  const save = useSetLimits();
  const [values, setValues] = useState<Record<Field, string>>({
    daily: limits.daily.tokens?.toString() ?? "",
    monthly: limits.monthly.tokens?.toString() ?? "",
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const read = (v: string) => (v.trim() === "" ? null : Number(v));
    save.mutate({ daily: read(values.daily), monthly: read(values.monthly) });
  };
  return (
    <section className="card" data-testid="spending-limits">
      <h2>{t.shop.limitsTitle}</h2>
      <p>{t.shop.limitsHelp}</p>
      <form onSubmit={submit}>
        {(["daily", "monthly"] as const).map((f) => (
          <p key={f}>
            <label>
              {t.shop[f]}{" "}
              <input type="number" min={1} step={1} inputMode="numeric" placeholder={t.shop.noLimit} value={values[f]}
                data-testid={`limit-${f}`} onChange={(e) => setValues({ ...values, [f]: e.target.value })} />
            </label>{" "}
            <small>{t.shop.spent(limits[f].spent)}</small>
            {limits[f].nextFrom && <small> · {t.shop.pendingRaise(limits[f].next, limits[f].nextFrom!)}</small>}
          </p>
        ))}
        <button type="submit" disabled={save.isPending}>{t.shop.save}</button>
        {save.isSuccess && <span role="status"> {t.shop.saved}</span>}
        {save.error && <p className="error" role="alert">{problemText(save.error)}</p>}
      </form>
    </section>
  );
}
