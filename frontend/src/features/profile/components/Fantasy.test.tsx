import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { catalogQueryOptions } from "../../../api/catalog";
import { MemoryRouter } from "react-router";
import type { Catalog, FantasyAccess, Profile } from "../../../api/types";
import { Fantasy } from "./Fantasy";

function profile(access: FantasyAccess): Profile {
  return {
    user: { username: "lovelylena" } as Profile["user"],
    stats: { followers: 0, following: 0, likes: 0, streamHours: 0, posts: 0 },
    viewer: { authenticated: access !== "login_required", isSelf: false, following: false, subscribed: false, messaging: { allowed: false, reason: "login_required" } },
    fantasyAccess: access,
    fantasyProfile:
      access === "granted"
        ? {
            dnaScores: { dominant: 78, exhibitionist: 92, voyeur: 45, romantic: 61, kinky: 84 },
            kinks: [{ key: "bdsm_light", emoji: "🔥", label: "BDSM-light" }],
            intent: ["entertainment", "fantasy"],
            availability: ["dm", "livestream"],
            consentLevel: "explicit",
          }
        : undefined,
    giftVault: [],
    contentGrid: [],
  };
}

// the labels come from the catalogue, as the server serves it
function withCatalog() {
  const qc = new QueryClient();
  qc.setQueryData(catalogQueryOptions.queryKey, {
    intents: [{ key: "entertainment", emoji: "🎯", label: "Entertainment" }, { key: "fantasy", emoji: "✨", label: "Fantasy" }],
    availability: [{ key: "dm", emoji: "💬", label: "DM" }, { key: "livestream", emoji: "🎥", label: "Livestream" }],
  } as unknown as Catalog);
  return qc;
}

const render_ = (access: FantasyAccess) =>
  render(
    <QueryClientProvider client={withCatalog()}>
      <MemoryRouter>
        <Fantasy profile={profile(access)} />
      </MemoryRouter>
    </QueryClientProvider>,
  );

describe("fantasy profile gate", () => {
  it.each([
    ["login_required", "Log in", "/login?next=%2F%40lovelylena"], // and back to her page
    ["age_verification_required", "How to verify", "/settings#age"],
    ["consent_required", "Change my setting", "/settings#consent"],
  ] as const)("%s shows its own gate and no DNA", (access, action, href) => {
    render_(access);
    const gate = screen.getByTestId("fantasy-gate");
    expect(gate).toHaveAttribute("data-gate", access);
    expect(screen.getByRole("link", { name: action })).toHaveAttribute("href", href);
    expect(screen.queryByTestId("fantasy")).toBeNull();
    expect(screen.queryByRole("meter")).toBeNull();
  });

  it("granted shows the DNA bars with percentages, kinks and intent", () => {
    render_("granted");
    expect(screen.queryByTestId("fantasy-gate")).toBeNull();
    expect(screen.getByTestId("dna-dominant")).toHaveTextContent("78%");
    expect(screen.getByTestId("dna-exhibitionist")).toHaveTextContent("92%");
    expect(screen.getAllByRole("meter")).toHaveLength(5);
    expect(screen.getByText(/BDSM-light/)).toBeInTheDocument();
    expect(screen.getByText("Entertainment + Fantasy")).toBeInTheDocument();
    expect(screen.getByText("DM, Livestream")).toBeInTheDocument();
    expect(screen.getByText("18+ explicit")).toBeInTheDocument();
  });
});
