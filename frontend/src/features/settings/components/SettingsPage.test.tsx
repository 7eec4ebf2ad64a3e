import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { catalogQueryOptions } from "../../../api/catalog";
import { session } from "../../../api/client";
import type { Catalog, Me, Profile } from "../../../api/types";
import { MemoryRouter } from "react-router";
import { json, stubFetch, testQueryClient } from "../../../test/query";
import { meQueryOptions } from "../../auth/api/me";
import { profileQueryOptions } from "../../profile/api/profile";
import { SettingsPage } from "./SettingsPage";

const catalog = {
  moods: [{ key: "spicy", emoji: "🌶️", label: "spicy", color: "#f00" }, { key: "playful", emoji: "😜", label: "playful", color: "#0f0" }],
  roles: [],
  kinks: [{ key: "bdsm_light", emoji: "🔥", label: "BDSM-light" }, { key: "roleplay", emoji: "🎭", label: "Roleplay" }],
  intents: [{ key: "fantasy", emoji: "✨", label: "Fantasy" }, { key: "chat", emoji: "💬", label: "Chat" }],
  availability: [{ key: "dm", emoji: "💬", label: "DM" }, { key: "livestream", emoji: "🎥", label: "Livestream" }],
  consentLevels: ["suggestive", "explicit"],
  dnaDimensions: ["dominant", "kinky"],
  giftTypes: [],
} satisfies Catalog;

function profile(role: "creator" | "member"): Profile {
  return {
    user: {
      id: "u1", username: "lena", displayName: "Lena", bio: "Hi", location: null, avatarUrl: null, coverUrl: null, role,
      badge: { label: role, colors: ["#000", "#fff"] }, mood: catalog.moods[0], isVerified: true, isLive: false,
      teezer: { active: true, status: "teezer" }, timezone: "Europe/Amsterdam", createdAt: "2024-01-01T00:00:00Z",
    },
    stats: { followers: 0, following: 0, likes: 0, streamHours: 0, posts: 0 },
    viewer: { authenticated: true, isSelf: true, following: false, subscribed: false, messaging: { allowed: false, reason: "self" } },
    fantasyAccess: "granted",
    fantasyProfile: { dnaScores: { dominant: 70, kinky: 80 }, kinks: [catalog.kinks[0]], intent: ["fantasy"], availability: ["dm"], consentLevel: "explicit" },
    giftVault: [],
    contentGrid: [],
    ...(role === "creator" && {
      privateStats: {
        earningsThisMonth: { amount: "0", currency: "EUR" }, tipTotalTokens: 0, subscribers: 0,
        streamingSchedule: { timezone: "Europe/Amsterdam", days: { mon: [{ start: "20:00", end: "23:00", mode: "live" as const }] } },
      },
    }),
  };
}

const me = (role: Me["role"]): Me => ({ id: "u1", username: "lena", displayName: "Lena", role, isVerified: true, ageVerified: true, consentPreference: "explicit" });

/** The server: who-am-I and her profile for GETs (a save reloads them), answer() for the writes, which are recorded. */
function server(answer: () => Response, role: "creator" | "member" = "creator") {
  const sent = stubFetch((path, method) => {
    if (method !== "GET") return answer();
    return path === "/api/auth/me" ? json({ user: me(role), csrfToken: "csrf" }) : json(profile(role));
  });
  return { writes: () => sent.filter((s) => s.method !== "GET"), reads: () => sent.filter((s) => s.method === "GET").map((s) => s.path) };
}

function mount(role: "creator" | "member", wrap: (ui: ReactNode) => ReactNode = (ui) => <MemoryRouter>{ui}</MemoryRouter>) {
  const qc = testQueryClient();
  qc.setQueryData(meQueryOptions.queryKey, me(role));
  qc.setQueryData(profileQueryOptions("lena").queryKey, profile(role));
  qc.setQueryData(catalogQueryOptions.queryKey, catalog);
  render(<QueryClientProvider client={qc}>{wrap(<SettingsPage />)}</QueryClientProvider>);
  return qc;
}

beforeEach(() => session.setCsrf("csrf"));
afterEach(() => {
  vi.unstubAllGlobals();
  session.setCsrf(null);
});

describe("the profile editor", () => {
  it("saves each section on its own, sending only its part, then her consent setting by itself", async () => {
    const { writes, reads } = server(() => json({ ...profile("creator"), user: { ...profile("creator").user, displayName: "Lena B" } }));
    const qc = mount("creator");
    fireEvent.change(screen.getByLabelText("Display name"), { target: { value: "Lena B" } });
    fireEvent.click(screen.getByLabelText(/playful/));
    fireEvent.click(screen.getByTestId("save-about"));
    expect(await screen.findByTestId("saved")).toHaveTextContent("Saved");
    expect(writes()[0].raw).toBe(JSON.stringify({ displayName: "Lena B", bio: "Hi", location: null, currentMood: "playful", teezerActive: true }));
    expect(qc.getQueryData<Profile>(profileQueryOptions("lena").queryKey)!.user.displayName).toBe("Lena B");
    await waitFor(() => expect(reads()).toContain("/api/auth/me")); // who-am-I reloads (her name in the menu)

    fireEvent.click(screen.getByLabelText(/Chat/));
    fireEvent.change(screen.getByLabelText(/Dominant/), { target: { value: "75" } });
    fireEvent.click(screen.getByTestId("save-fantasy"));
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1].raw).toBe(JSON.stringify({
      fantasyProfile: { dnaScores: { dominant: 75, kinky: 80 }, kinks: ["bdsm_light"], intent: ["fantasy", "chat"], availability: ["dm"], consentLevel: "explicit" },
    }));

    fireEvent.change(screen.getByLabelText("My consent setting (what I want to see)"), { target: { value: "suggestive" } });
    fireEvent.click(screen.getByTestId("save-consent"));
    await waitFor(() => expect(writes()).toHaveLength(3));
    expect(writes()[2]).toMatchObject({ method: "PATCH", path: "/api/users/me/preferences" });
    expect(writes()[2].raw).toBe(JSON.stringify({ consentPreference: "suggestive" }));

    fireEvent.click(screen.getByTestId("save-schedule"));
    await waitFor(() => expect(writes()).toHaveLength(4));
    expect(writes()[3].raw).toBe(JSON.stringify({
      streamingSchedule: { timezone: "Europe/Amsterdam", days: { mon: [{ start: "20:00", end: "23:00", mode: "live" }] } },
    }));
    await screen.findByTestId("saved");
    // a change in that section takes its "Saved" away
    fireEvent.change(screen.getByLabelText("Time zone"), { target: { value: "Europe/Brussels" } });
    expect(screen.queryByTestId("saved")).toBeNull();
  });

  it("sends a member's part without creator fields, and no schedule section", async () => {
    const { writes } = server(() => json(profile("member")), "member");
    mount("member");
    expect(screen.queryByTestId("schedule-editor")).toBeNull();
    expect(screen.queryByTestId("save-schedule")).toBeNull();
    fireEvent.click(screen.getByTestId("save-about"));
    await screen.findByTestId("saved");
    expect(writes().map((s) => s.path)).toEqual(["/api/users/me/profile"]);
    expect(writes()[0].raw).toBe(JSON.stringify({ displayName: "Lena", bio: "Hi", location: null, currentMood: "spicy" }));
  });

  it("checks the bio and the schedule itself before sending anything", () => {
    const { writes } = server(() => json({}));
    mount("creator");
    fireEvent.change(screen.getByLabelText(/^Bio/), { target: { value: "x".repeat(501) } });
    expect(screen.getByTestId("bio-counter")).toHaveTextContent("501/500");
    fireEvent.click(screen.getByTestId("save-about"));
    expect(screen.getByText("at most 500 characters")).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole("button", { name: "Add slot" })[0]);
    fireEvent.click(screen.getByTestId("save-schedule"));
    expect(screen.getByText("overlaps another slot")).toBeInTheDocument();
    expect(writes()).toEqual([]);
  });

  it("shows the server's field errors beside their fields, in the section that was saved", async () => {
    server(() => json({ type: "urn:x", title: "Invalid", status: 400, detail: "", errors: [{ field: "streamingSchedule.timezone", message: "unknown time zone" }] }, 400));
    mount("creator");
    fireEvent.click(screen.getByTestId("save-schedule"));
    const error = await screen.findByText("unknown time zone");
    expect(error).toHaveClass("field-error");
    expect(document.getElementById("timezone")!.nextElementSibling).toBe(error);
    expect(screen.queryByTestId("saved")).toBeNull();
  });

  it("uploads a picture at once and says so", async () => {
    const { writes } = server(() => json({}));
    mount("creator");
    fireEvent.change(screen.getByLabelText("Cover picture"), { target: { files: [new File(["x"], "c.png", { type: "image/png" })] } });
    await waitFor(() => expect(screen.getByTestId("cover-uploaded")).toHaveTextContent("Uploaded"));
    expect(writes().map((s) => [s.method, s.path])).toEqual([["PUT", "/api/users/me/cover"]]);
    expect((writes()[0].raw as FormData).get("file")).toBeInstanceOf(File);
  });
});
