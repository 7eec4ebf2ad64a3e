import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { Profile } from "../../../api/types";

/** The prefix of every cached profile: what changes many of them (a log-in, a quiz) invalidates or removes. */
export const allProfilesKey = ["profile"] as const;

export function fetchProfile(username: string) {
  return api<Profile>(`/api/users/${encodeURIComponent(username)}/profile`);
}

export function profileQueryOptions(username: string) {
  return queryOptions({
    queryKey: [...allProfilesKey, username.toLowerCase()] as const,
    queryFn: () => fetchProfile(username),
    retry: (count, error) => !(error instanceof Error && "status" in error && (error as { status: number }).status < 500) && count < 2,
  });
}

export function useProfile(username: string) {
  return useQuery(profileQueryOptions(username));
}
