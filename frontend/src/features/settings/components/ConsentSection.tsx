import type { Catalog } from "../../../api/types";
import { t } from "../../../i18n";

/** What I want to see (the fantasy profiles' gates follow it), and how age verification is done. */
export function ConsentSection({ value, onChange, catalog, ageVerified }: {
  value: string;
  onChange: (next: string) => void;
  catalog: Catalog;
  ageVerified: boolean;
}) {
  return (
    <fieldset id="consent">
      <legend>{t.settings.consentPreference}</legend>
      <select aria-label={t.settings.consentPreference} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="none">{t.settings.consentNone}</option>
        {catalog.consentLevels.map((c) => <option key={c} value={c}>{t.fantasy.consentLevels[c]}</option>)}
      </select>
      {!ageVerified && <p id="age" className="muted">{t.settings.ageVerification}</p>}
    </fieldset>
  );
}
