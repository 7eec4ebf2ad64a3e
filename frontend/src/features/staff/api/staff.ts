import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { RecountAnswer, TopUpAnswer } from "../../../api/types";
import { profileQueryOptions } from "../../profile/api/profile";

export type VerificationRecord = { identityVerified: boolean; ageVerified?: boolean; method: string; provider?: string; reference?: string };
export type TopUp = { user: string; amount: number; reference?: string };

export function recordVerification(userId: string, record: VerificationRecord) {
  return api<unknown>(`/api/users/${userId}/verification`, { method: "POST", json: record });
}

export function topUp(body: TopUp) {
  return api<TopUpAnswer>("/api/wallet/topups", { method: "POST", json: body });
}

export function recount() {
  return api<RecountAnswer>("/api/admin/recount", { method: "POST" });
}

/** An identity or age check, recorded with the staff member as reviewer; the member's page reloads (✔️). */
export function useRecordVerification(profile: { id: string; username: string }) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (record: VerificationRecord) => recordVerification(profile.id, record),
    onSuccess: () => qc.invalidateQueries({ queryKey: profileQueryOptions(profile.username).queryKey }),
  });
}

/** Tokens for a member: it is her wallet that changes, which this page does not hold (nothing to reload). */
export function useTopUp() {
  return useMutation({ mutationFn: topUp });
}

/** Rebuilds every counter from its rows; the answer says how many had drifted (the page shows only that). */
export function useRecount() {
  return useMutation({ mutationFn: recount });
}
