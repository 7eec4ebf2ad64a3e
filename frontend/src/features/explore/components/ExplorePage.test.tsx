import { QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { json, stubFetch, testQueryClient } from "../../../test/query";
import { ExplorePage } from "./ExplorePage";

const lena = { id: "u1", username: "lovelylena", displayName: "LovelyLena", avatarUrl: null, isLive: true, isVerified: true, mood: null, followers: 4217 };
const mia = { id: "u2", username: "mia", displayName: "Mia", avatarUrl: null, isLive: false, isVerified: false, mood: null, followers: 12 };

describe("explore", () => {
  it("lists creators as the server orders them (live first) and searches by name through ?q=", async () => {
    const sent = stubFetch((path) => json({ creators: path.includes("q=mi") ? [mia] : [lena, mia] }));
    const router = createMemoryRouter([{ path: "/explore", Component: ExplorePage }], { initialEntries: ["/explore"] });
    render(<QueryClientProvider client={testQueryClient()}><RouterProvider router={router} /></QueryClientProvider>);
    const cards = await screen.findAllByTestId("explore-creator");
    expect(cards.map((c) => c.textContent)).toEqual([expect.stringContaining("LovelyLena"), expect.stringContaining("Mia")]);
    expect(cards[0]).toHaveAttribute("data-live", "true");
    expect(screen.getByRole("link", { name: /LovelyLena/ })).toHaveAttribute("href", "/@lovelylena");
    fireEvent.change(screen.getByLabelText("Search by name"), { target: { value: "mi" } });
    await waitFor(() => expect(screen.getAllByTestId("explore-creator")).toHaveLength(1));
    expect(sent.map((s) => s.path)).toContain("/api/explore?q=mi");
    expect(router.state.location.search).toBe("?q=mi");
  });
});
