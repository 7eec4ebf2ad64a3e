import { useEffect, useState, type FormEvent } from "react";
import { useCatalog } from "../../../api/catalog";
import { ApiError } from "../../../api/client";
import { problemText } from "../../../api/problems";
import { useMe } from "../../auth/api/me";
import { useProfile } from "../../profile/api/profile";
import { useSaveProfile, useUploadPicture, type ProfilePatch } from "../api/settings";
import type { Profile, Slot, Tag } from "../../../api/types";
import { Link } from "../../../components/router";
import { t } from "../../../i18n/en";
import { ScheduleEditor } from "./ScheduleEditor";
import { validateSchedule } from "../utils/schedule";

const BIO_MAX = 500;

export function SettingsPage() {
  const me = useMe();
  if (me.isPending) return <p>…</p>;
  if (!me.data) return <p className="card"><Link to="/login">{t.nav.login}</Link></p>;
  return <Editor username={me.data.username} consentPreference={me.data.consentPreference} ageVerified={me.data.ageVerified} />;
}

function Editor({ username, consentPreference, ageVerified }: { username: string; consentPreference: string; ageVerified: boolean }) {
  const profile = useProfile(username);
  const catalog = useCatalog();
  if (!profile.data || !catalog.data) return <p>…</p>;
  return <Form profile={profile.data} consent={consentPreference} ageVerified={ageVerified} />;
}

function Form({ profile, consent, ageVerified }: { profile: Profile; consent: string; ageVerified: boolean }) {
  const catalog = useCatalog().data!;
  const saveProfile = useSaveProfile();
  const creator = profile.user.role === "creator";
  const [displayName, setDisplayName] = useState(profile.user.displayName);
  const [bio, setBio] = useState(profile.user.bio ?? "");
  const [location, setLocation] = useState(profile.user.location ?? "");
  const [mood, setMood] = useState(profile.user.mood?.key ?? "");
  const [teezer, setTeezer] = useState(profile.user.teezer.active);
  const [dna, setDna] = useState<Record<string, number>>(profile.fantasyProfile?.dnaScores ?? Object.fromEntries(catalog.dnaDimensions.map((d) => [d, 50])));
  const [kinks, setKinks] = useState<string[]>(profile.fantasyProfile?.kinks.map((k) => k.key) ?? []);
  const [intent, setIntent] = useState<string[]>(profile.fantasyProfile?.intent ?? []);
  const [availability, setAvailability] = useState<string[]>(profile.fantasyProfile?.availability ?? []);
  const [level, setLevel] = useState(profile.fantasyProfile?.consentLevel ?? "explicit");
  const [timezone, setTimezone] = useState(profile.privateStats?.streamingSchedule.timezone ?? profile.user.timezone);
  const [days, setDays] = useState<Record<string, Slot[]>>(profile.privateStats?.streamingSchedule.days ?? {});
  const [myConsent, setMyConsent] = useState(consent);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const bioLength = [...bio].length;

  useEffect(() => setSaved(false), [displayName, bio, location, mood, teezer, dna, kinks, intent, availability, level, days, timezone]);

  function save(e: FormEvent) {
    e.preventDefault();
    const local = creator ? validateSchedule(days) : {};
    if (bioLength > BIO_MAX) local.bio = `at most ${BIO_MAX} characters`;
    setErrors(local);
    if (Object.keys(local).length) return;
    const body: ProfilePatch = {
      displayName, bio: bio || null, location: location || null, currentMood: mood || null,
      fantasyProfile: { dnaScores: dna, kinks, intent, availability, consentLevel: level },
    };
    if (creator) {
      body.teezerActive = teezer;
      body.streamingSchedule = { timezone, days };
    }
    saveProfile.mutate(
      { profile: body, consentPreference: myConsent !== consent ? myConsent : undefined },
      {
        onSuccess: () => setSaved(true),
        onError: (err) => {
          if (err instanceof ApiError) setErrors(err.fieldErrors());
        },
      },
    );
  }

  const error = (field: string) => errors[field] && <p className="field-error" role="alert">{errors[field]}</p>;
  return (
    <form className="card settings" onSubmit={save} noValidate>
      <h1>{t.settings.title}</h1>
      <label htmlFor="displayName">{t.settings.displayName}</label>
      <input id="displayName" value={displayName} maxLength={64} onChange={(e) => setDisplayName(e.target.value)} />
      {error("displayName")}
      <label htmlFor="bio">{t.settings.bio} <small data-testid="bio-counter">{t.settings.chars(bioLength, BIO_MAX)}</small></label>
      <textarea id="bio" value={bio} rows={3} onChange={(e) => setBio(e.target.value)} aria-invalid={bioLength > BIO_MAX} />
      {error("bio")}
      <label htmlFor="location">{t.settings.location}</label>
      <input id="location" value={location} maxLength={64} onChange={(e) => setLocation(e.target.value)} />
      {error("location")}
      <fieldset>
        <legend>{t.settings.mood}</legend>
        <div className="mood-picker">
          <label><input type="radio" name="mood" checked={mood === ""} onChange={() => setMood("")} /> {t.settings.noMood}</label>
          {catalog.moods.map((m) => (
            <label key={m.key} style={{ borderColor: m.color }}>
              <input type="radio" name="mood" checked={mood === m.key} onChange={() => setMood(m.key)} /> {m.emoji} {m.label}
            </label>
          ))}
        </div>
      </fieldset>
      {creator && (
        <label className="switch">
          <input type="checkbox" checked={teezer} onChange={(e) => setTeezer(e.target.checked)} /> {t.settings.teezer}
        </label>
      )}
      <fieldset>
        <legend>{t.settings.fantasy}</legend>
        {catalog.dnaDimensions.map((d) => (
          <div key={d} className="slider">
            <label htmlFor={`dna-${d}`}>{t.fantasy.dimensions[d]}: {dna[d]}%</label>
            <input id={`dna-${d}`} type="range" min={0} max={100} value={dna[d]} onChange={(e) => setDna({ ...dna, [d]: Number(e.target.value) })} />
          </div>
        ))}
        <TagChips legend={t.fantasy.kinks} tags={catalog.kinks} chosen={kinks} onChange={setKinks} />
        <TagChips legend={t.fantasy.intent} tags={catalog.intents} chosen={intent} onChange={setIntent} />
        <TagChips legend={t.fantasy.availability} tags={catalog.availability} chosen={availability} onChange={setAvailability} />
        <label htmlFor="level">{t.fantasy.consent}</label>
        <select id="level" value={level} onChange={(e) => setLevel(e.target.value)}>
          {catalog.consentLevels.map((c) => <option key={c} value={c}>{t.fantasy.consentLevels[c]}</option>)}
        </select>
        {Object.entries(errors).filter(([k]) => k.startsWith("fantasyProfile")).map(([k, v]) => (
          <p key={k} className="field-error" role="alert">{t.settings.fieldLabel(k)}: {v}</p>
        ))}
      </fieldset>
      <fieldset id="consent">
        <legend>{t.settings.consentPreference}</legend>
        <select aria-label={t.settings.consentPreference} value={myConsent} onChange={(e) => setMyConsent(e.target.value)}>
          <option value="none">{t.settings.consentNone}</option>
          {catalog.consentLevels.map((c) => <option key={c} value={c}>{t.fantasy.consentLevels[c]}</option>)}
        </select>
        {!ageVerified && <p id="age" className="muted">{t.settings.ageVerification}</p>}
      </fieldset>
      {creator && (
        <fieldset>
          <legend>{t.settings.schedule}</legend>
          <label htmlFor="timezone">{t.settings.timezone}</label>
          <input id="timezone" value={timezone} onChange={(e) => setTimezone(e.target.value)} />
          {error("streamingSchedule.timezone")}
          <ScheduleEditor days={days} onChange={setDays} errors={errors} />
        </fieldset>
      )}
      <fieldset>
        <legend>{t.studio.avatar} · {t.studio.cover}</legend>
        <PictureUpload kind="avatar" username={profile.user.username} />
        <PictureUpload kind="cover" username={profile.user.username} />
      </fieldset>
      <button className="primary" type="submit">{t.settings.save}</button>
      {saved && <span role="status" data-testid="saved"> {t.settings.saved}</span>}
      <p><Link to={`/@${profile.user.username}`}>{t.nav.myProfile}</Link></p>
    </form>
  );
}

/** Catalogue chips as a labelled group of checkboxes (keyboard: Tab to a chip, Space to toggle). */
function TagChips({ legend, tags, chosen, onChange }: { legend: string; tags: Tag[]; chosen: string[]; onChange: (keys: string[]) => void }) {
  return (
    <fieldset className="chips" aria-label={legend}>
      <legend className="chips-legend">{legend}</legend>
      {tags.map((tag) => (
        <label key={tag.key} className={`chip${chosen.includes(tag.key) ? " chip-on" : ""}`}>
          <input type="checkbox" checked={chosen.includes(tag.key)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, tag.key] : chosen.filter((x) => x !== tag.key))} /> {tag.emoji} {tag.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Uploads a new profile or cover picture at once (the server re-encodes it and drops its metadata). */
function PictureUpload({ kind, username }: { kind: "avatar" | "cover"; username: string }) {
  const picture = useUploadPicture(kind, username);
  const [state, setState] = useState<"idle" | "busy" | "done">("idle");
  const [error, setError] = useState<string | null>(null);
  const id = `upload-${kind}`;
  function upload(file: File | undefined) {
    if (!file) return;
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
      <div className="upload-row">
        <input id={id} type="file" accept="image/jpeg,image/png,image/webp,image/gif" disabled={state === "busy"}
          onChange={(e) => upload(e.target.files?.[0])} />
        {state === "done" && <span role="status" data-testid={`${kind}-uploaded`}>{t.studio.uploaded}</span>}
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </div>
  );
}
