import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../api/client";
import type { QuizQuestion, QuizResult } from "../../../api/types";
import { allProfilesKey } from "../../profile/api/profile";

export function fetchQuiz() {
  return api<QuizQuestion[]>("/api/dna-quiz");
}

/** Stores the member's DNA scores from her answers (question id → option id). */
export function submitQuiz(answers: Record<string, string>) {
  return api<QuizResult>("/api/users/me/dna-quiz", { method: "POST", json: { answers } });
}

export const quizQueryOptions = queryOptions({ queryKey: ["dna-quiz"] as const, queryFn: fetchQuiz });

export function useQuiz() {
  return useQuery(quizQueryOptions);
}

/** Her fantasy profile shows the new scores: every cached profile (hers under any name) reloads. */
export function useSubmitQuiz() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: submitQuiz,
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: allProfilesKey });
    },
  });
}
