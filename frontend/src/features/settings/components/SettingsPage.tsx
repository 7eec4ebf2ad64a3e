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

/**
 * One form, one Save: each section edits its part of the draft, and the one mutation sends the
 * profile PATCH (then the consent setting, if it changed). Its field errors go to the sections,
 * which show each beside its field. The pictures are uploaded on their own, when chosen.
 */
function SettingsForm({ profile, catalog, consent, ageVerified }: { profile: Profile; catalog: Catalog; consent: string; ageVerified: boolean }) {
  const saveProfile = useSaveProfile();
  const creator = profile.user.role === "creator";
  const [initial] = useState(() => draftsOf(profile, catalog));
  const [about, setAbout] = useState(initial.profile);
  const [fantasy, setFantasy] = useState(initial.fantasy);
  const [schedule, setSchedule] = useState(initial.schedule);
  const [myConsent, setMyConsent] = useState(consent);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  // a change to the profile takes "Saved" away (the consent setting is not part of it)
  const edit = <T,>(set: (next: T) => void) => (next: T) => {
    set(next);
    setSaved(false);
  };

  function save(e: FormEvent) {
    e.preventDefault();
    const local = creator ? validateSchedule(schedule.days) : {};
    if (bioLength(about.bio) > BIO_MAX) local.bio = `at most ${BIO_MAX} characters`;
    setErrors(local);
    if (Object.keys(local).length) return;
    saveProfile.mutate(
      { profile: toProfilePatch(about, fantasy, creator ? schedule : null), consentPreference: myConsent !== consent ? myConsent : undefined },
      {
        onSuccess: () => setSaved(true),
        onError: (err) => {
          if (err instanceof ApiError) setErrors(err.fieldErrors());
        },
      },
    );
  }

  return (
    <form className="card settings" onSubmit={save} noValidate>
      <h1>{t.settings.title}</h1>
      <ProfileSection value={about} onChange={edit(setAbout)} errors={errors} catalog={catalog} creator={creator} />
      <FantasySection value={fantasy} onChange={edit(setFantasy)} errors={errors} catalog={catalog} />
      <ConsentSection value={myConsent} onChange={setMyConsent} catalog={catalog} ageVerified={ageVerified} />
      {creator && <ScheduleSection value={schedule} onChange={edit(setSchedule)} errors={errors} />}
      <PicturesSection username={profile.user.username} />
      <button className="primary" type="submit">{t.settings.save}</button>
      {saved && <span role="status" data-testid="saved"> {t.settings.saved}</span>}
      <p><Link to={`/@${profile.user.username}`}>{t.nav.myProfile}</Link></p>
    </form>
  );
}
