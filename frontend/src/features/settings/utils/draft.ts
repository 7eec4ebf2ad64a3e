import type { Catalog, Profile, Slot } from "../../../api/types";
import type { ProfilePatch } from "../api/settings";

export const BIO_MAX = 500;

/** What each section of the profile editor edits, before it is saved. */
export type ProfileDraft = { displayName: string; bio: string; location: string; mood: string; teezer: boolean };
export type FantasyDraft = { dna: Record<string, number>; kinks: string[]; intent: string[]; availability: string[]; level: string };
export type ScheduleDraft = { timezone: string; days: Record<string, Slot[]> };

/** The editor's starting point: the profile as it is (a DNA of 50 everywhere when there is none yet). */
export function draftsOf(profile: Profile, catalog: Catalog) {
  const f = profile.fantasyProfile;
  const schedule = profile.privateStats?.streamingSchedule;
  return {
    profile: {
      displayName: profile.user.displayName,
      bio: profile.user.bio ?? "",
      location: profile.user.location ?? "",
      mood: profile.user.mood?.key ?? "",
      teezer: profile.user.teezer.active,
    } satisfies ProfileDraft,
    fantasy: {
      dna: f?.dnaScores ?? Object.fromEntries(catalog.dnaDimensions.map((d) => [d, 50])),
      kinks: f?.kinks.map((k) => k.key) ?? [],
      intent: f?.intent ?? [],
      availability: f?.availability ?? [],
      level: f?.consentLevel ?? "explicit",
    } satisfies FantasyDraft,
    schedule: { timezone: schedule?.timezone ?? profile.user.timezone, days: schedule?.days ?? {} } satisfies ScheduleDraft,
  };
}

/** Bio length in characters as a person counts them (code points: an emoji is one). */
export function bioLength(bio: string) {
  return [...bio].length;
}

/** The one PATCH of the editor; only a creator sends her Teezer switch and schedule. */
export function toProfilePatch(profile: ProfileDraft, fantasy: FantasyDraft, schedule: ScheduleDraft | null): ProfilePatch {
  const body: ProfilePatch = {
    displayName: profile.displayName,
    bio: profile.bio || null,
    location: profile.location || null,
    currentMood: profile.mood || null,
    fantasyProfile: { dnaScores: fantasy.dna, kinks: fantasy.kinks, intent: fantasy.intent, availability: fantasy.availability, consentLevel: fantasy.level },
  };
  if (schedule) {
    body.teezerActive = profile.teezer;
    body.streamingSchedule = { timezone: schedule.timezone, days: schedule.days };
  }
  return body;
}
