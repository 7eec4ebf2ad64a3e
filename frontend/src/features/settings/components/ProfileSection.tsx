import type { Catalog } from "../../../api/types";
import { t } from "../../../i18n";
import { BIO_MAX, bioLength, type ProfileDraft } from "../utils/draft";
import { FieldError } from "./FieldError";

/** Name, bio (with its counter), location, mood, and for a creator the Teezer switch. */
export function ProfileSection({ value, onChange, errors, catalog, creator }: {
  value: ProfileDraft;
  onChange: (next: ProfileDraft) => void;
  errors: Record<string, string>;
  catalog: Catalog;
  creator: boolean;
}) {
  const set = <K extends keyof ProfileDraft>(key: K, v: ProfileDraft[K]) => onChange({ ...value, [key]: v });
  const length = bioLength(value.bio);
  return (
    <>
      <label htmlFor="displayName">{t.settings.displayName}</label>
      <input id="displayName" value={value.displayName} maxLength={64} onChange={(e) => set("displayName", e.target.value)} />
      <FieldError errors={errors} field="displayName" />
      <label htmlFor="bio">{t.settings.bio} <small data-testid="bio-counter">{t.settings.chars(length, BIO_MAX)}</small></label>
      <textarea id="bio" value={value.bio} rows={3} onChange={(e) => set("bio", e.target.value)} aria-invalid={length > BIO_MAX} />
      <FieldError errors={errors} field="bio" />
      <label htmlFor="location">{t.settings.location}</label>
      <input id="location" value={value.location} maxLength={64} onChange={(e) => set("location", e.target.value)} />
      <FieldError errors={errors} field="location" />
      <fieldset>
        <legend>{t.settings.mood}</legend>
        <div className="mood-picker">
          <label><input type="radio" name="mood" checked={value.mood === ""} onChange={() => set("mood", "")} /> {t.settings.noMood}</label>
          {catalog.moods.map((m) => (
            <label key={m.key} style={{ borderColor: m.color }}>
              <input type="radio" name="mood" checked={value.mood === m.key} onChange={() => set("mood", m.key)} /> {m.emoji} {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      {creator && (
        <label className="switch">
          <input type="checkbox" role="switch" checked={value.teezer} onChange={(e) => set("teezer", e.target.checked)} /> {t.settings.teezer}
        </label>
      )}
    </>
  );
}
