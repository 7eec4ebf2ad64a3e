import type { Catalog } from "../../../api/types";
import { t } from "../../../i18n";
import type { FantasyDraft } from "../utils/draft";
import { TagChips } from "./TagChips";

/** The fantasy profile: DNA sliders, kinks, intent, availability, consent level; the server's errors for any of it. */
export function FantasySection({ value, onChange, errors, catalog }: {
  value: FantasyDraft;
  onChange: (next: FantasyDraft) => void;
  errors: Record<string, string>;
  catalog: Catalog;
}) {
  const set = <K extends keyof FantasyDraft>(key: K, v: FantasyDraft[K]) => onChange({ ...value, [key]: v });
  const { dna } = value;
  return (
    <fieldset>
      <legend>{t.settings.fantasy}</legend>
      {catalog.dnaDimensions.map((d) => (
        <div key={d} className="slider">
          <label htmlFor={`dna-${d}`}>{t.fantasy.dimensions[d]}: {dna[d]}%</label>
          <input id={`dna-${d}`} type="range" min={0} max={100} value={dna[d]} onChange={(e) => set("dna", { ...dna, [d]: Number(e.target.value) })} />
        </div>
      ))}
      <TagChips legend={t.fantasy.kinks} tags={catalog.kinks} chosen={value.kinks} onChange={(v) => set("kinks", v)} />
      <TagChips legend={t.fantasy.intent} tags={catalog.intents} chosen={value.intent} onChange={(v) => set("intent", v)} />
      <TagChips legend={t.fantasy.availability} tags={catalog.availability} chosen={value.availability} onChange={(v) => set("availability", v)} />
      <label htmlFor="level">{t.fantasy.consent}</label>
      <select id="level" value={value.level} onChange={(e) => set("level", e.target.value)}>
        {catalog.consentLevels.map((c) => <option key={c} value={c}>{t.fantasy.consentLevels[c]}</option>)}
      </select>
      {Object.entries(errors).filter(([k]) => k.startsWith("fantasyProfile")).map(([k, v]) => (
        <p key={k} className="field-error" role="alert">{t.settings.fieldLabel(k)}: {v}</p>
      ))}
    </fieldset>
  );
}
