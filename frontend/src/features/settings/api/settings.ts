import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { Profile, Schedule } from "../../../api/types";
import { meQueryOptions } from "../../auth/api/me";
import { profileQueryOptions } from "../../profile/api/profile";

/** The fields of PATCH /api/users/me/profile the editor sends (only a creator sends the last two). */
export type ProfilePatch = {
  displayName: string;
  bio: string | null;
  location: string | null;
  currentMood: string | null;
  fantasyProfile: { dnaScores: Record<string, number>; kinks: string[]; intent: string[]; availability: string[]; consentLevel: string };
  teezerActive?: boolean;
  streamingSchedule?: Schedule;
};

export type PictureKind = "avatar" | "cover";

export function updateProfile(patch: Partial<ProfilePatch>) {
  return api<Profile>("/api/users/me/profile", { method: "PATCH", json: patch });
}

export function updatePreferences(preferences: { consentPreference: string }) {
  return api<unknown>("/api/users/me/preferences", { method: "PATCH", json: preferences });
}

export function uploadPicture(kind: PictureKind, file: File) {
  const form = new FormData();
  form.append("file", file);
  return api<unknown>(`/api/users/me/${kind}`, { method: "PUT", body: form });
}

/**
 * A section's save: its part of the profile (a PATCH of only those fields), and/or the consent
 * setting if it changed. The PATCH's answer is her profile as others now see it; it replaces the
 * cached one, and who-am-I reloads.
 */
export function useSaveProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ profile, consentPreference }: { profile?: Partial<ProfilePatch>; consentPreference?: string }) => {
      const updated = profile ? await updateProfile(profile) : null;
      if (consentPreference !== undefined) await updatePreferences({ consentPreference });
      return updated;
    },
    onSuccess: (updated) => {
      if (updated) qc.setQueryData(profileQueryOptions(updated.user.username).queryKey, updated);
      qc.invalidateQueries({ queryKey: meQueryOptions.queryKey });
    },
  });
}

/** A new profile or cover picture (the server re-encodes it and drops its metadata); done once her page has reloaded. */
export function useUploadPicture(kind: PictureKind, username: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadPicture(kind, file),
    onSuccess: () => qc.invalidateQueries({ queryKey: profileQueryOptions(username).queryKey }),
  });
}
