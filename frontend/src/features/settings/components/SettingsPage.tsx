import { useState, type FormEvent } from "react";
import { useCatalog } from "../../../api/catalog";
import { ApiError } from "../../../api/client";
import type { Catalog, Profile } from "../../../api/types";
import { Link } from "../../../components/Link";
import { t } from "../../../i18n";
import { useMe } from "../../auth/api/me";
import { useProfile } from "../../profile/api/profile";
import { useSaveProfile } from "../api/settings";
import { BIO_MAX, bioLength, draftsOf, toProfilePatch } from "../utils/draft";
import { validateSchedule } from "../utils/schedule";
import { ConsentSection } from "./ConsentSection";
import { FantasySection } from "./FantasySection";
import { PicturesSection } from "./PicturesSection";
import { ProfileSection } from "./ProfileSection";
import { ScheduleSection } from "./ScheduleSection";

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
  return <SettingsForm profile={profile.data} catalog={catalog.data} consent={consentPreference} ageVerified={ageVerified} />;
}

type SectionName = "about" | "fantasy" | "consent" | "schedule";

/**
 * Sections, each saved on its own: her name and bio, her fantasy profile, her consent setting and (a
 * creator's) week each have their own Save, send only their part of the profile, and show their own
 * "Saved" and the server's field errors beside their fields. The pictures are uploaded when chosen.
 */
function SettingsForm({ profile, catalog, consent, ageVerified }: { profile: Profile; catalog: Catalog; consent: string; ageVerified: boolean }) {
  const saveProfile = useSaveProfile();
  const creator = profile.user.role === "creator";
  const [initial] = useState(() => draftsOf(profile, catalog));
  const [about, setAbout] = useState(initial.profile);
  const [fantasy, setFantasy] = useState(initial.fantasy);
  const [schedule, setSchedule] = useState(initial.schedule);
  const [myConsent, setMyConsent] = useState(consent);
  const [savedConsent, setSavedConsent] = useState(consent);
  const [errors, setErrors] = useState<Partial<Record<SectionName, Record<string, string>>>>({});
  const [saved, setSaved] = useState<SectionName | null>(null);
  const [busy, setBusy] = useState<SectionName | null>(null);

  // a change takes that section's "Saved" away
  const edit = <T,>(section: SectionName, set: (next: T) => void) => (next: T) => {
    set(next);
    setSaved((s) => (s === section ? null : s));
  };

  function save(section: SectionName) {
    return (e: FormEvent) => {
      e.preventDefault();
      const local: Record<string, string> = section === "schedule" ? validateSchedule(schedule.days) : {};
      if (section === "about" && bioLength(about.bio) > BIO_MAX) local.bio = `at most ${BIO_MAX} characters`;
      setErrors((all) => ({ ...all, [section]: local }));
      setSaved(null);
      if (Object.keys(local).length) return;
      const whole = toProfilePatch(about, fantasy, creator ? schedule : null);
      const part: Partial<typeof whole> | undefined =
        section === "about" ? { displayName: whole.displayName, bio: whole.bio, location: whole.location, currentMood: whole.currentMood,
          ...(creator && { teezerActive: whole.teezerActive }) }
        : section === "fantasy" ? { fantasyProfile: whole.fantasyProfile }
        : section === "schedule" ? { streamingSchedule: whole.streamingSchedule }
        : undefined;
      setBusy(section);
      saveProfile.mutate(
        { profile: part, consentPreference: section === "consent" && myConsent !== savedConsent ? myConsent : undefined },
        {
          onSuccess: () => {
            setSaved(section);
            if (section === "consent") setSavedConsent(myConsent);
          },
          onError: (err) => {
            if (err instanceof ApiError) setErrors((all) => ({ ...all, [section]: err.fieldErrors() }));
          },
          onSettled: () => setBusy(null),
        },
      );
    };
  }

  const footer = (section: SectionName) => (
    <div className="section-save">
      <button className="primary" type="submit" disabled={busy === section} data-testid={`save-${section}`}>{t.settings.save}</button>
      {saved === section && <span role="status" data-testid="saved"> {t.settings.saved}</span>}
    </div>
  );

  return (
    <div className="settings" data-testid="settings">
      <h1>{t.settings.title}</h1>
      <nav className="settings-nav" aria-label={t.settings.title}>
        <a href="#about">{t.settingsSections.about}</a>
        <a href="#fantasy">{t.settings.fantasy}</a>
        <a href="#consent-section">{t.settingsSections.consent}</a>
        {creator && <a href="#schedule">{t.settings.schedule}</a>}
        <a href="#pictures">{t.settingsSections.pictures}</a>
      </nav>
      <form id="about" className="card settings-section" onSubmit={save("about")} noValidate aria-label={t.settingsSections.about}>
        <h2>{t.settingsSections.about}</h2>
        <ProfileSection value={about} onChange={edit("about", setAbout)} errors={errors.about ?? {}} catalog={catalog} creator={creator} />
        {footer("about")}
      </form>
      <form id="fantasy" className="card settings-section" onSubmit={save("fantasy")} noValidate aria-label={t.settings.fantasy}>
        <FantasySection value={fantasy} onChange={edit("fantasy", setFantasy)} errors={errors.fantasy ?? {}} catalog={catalog} />
        {footer("fantasy")}
      </form>
      <form id="consent-section" className="card settings-section" onSubmit={save("consent")} noValidate aria-label={t.settingsSections.consent}>
        <ConsentSection value={myConsent} onChange={edit("consent", setMyConsent)} catalog={catalog} ageVerified={ageVerified} />
        {footer("consent")}
      </form>
      {creator && (
        <form id="schedule" className="card settings-section" onSubmit={save("schedule")} noValidate aria-label={t.settings.schedule}>
          <ScheduleSection value={schedule} onChange={edit("schedule", setSchedule)} errors={errors.schedule ?? {}} />
          {footer("schedule")}
        </form>
      )}
      <section id="pictures" className="card settings-section" aria-label={t.settingsSections.pictures}>
        <PicturesSection username={profile.user.username} />
      </section>
      <p><Link to={`/@${profile.user.username}`}>{t.nav.myProfile}</Link></p>
    </div>
  );
}
