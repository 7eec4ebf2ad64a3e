import { QueryClientProvider } from "@tanstack/react-query";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { routes } from "../../app/routes";
import { Toasts } from "../../components/toasts";
import type { Listener } from "../../realtime/socket";
import { json, stubFetch, testQueryClient } from "../../test/query";
import { missingTokens } from "../../api/problems";
import { ApiError } from "../../api/client";

const listeners: Listener[] = [];
vi.mock("../../realtime/socket", () => ({
  connect: vi.fn(async () => undefined),
  disconnect: vi.fn(),
  onEvent: vi.fn((l: Listener) => {
    listeners.push(l);
    return () => listeners.splice(listeners.indexOf(l), 1);
  }),
  watch: vi.fn(async () => () => undefined),
}));

const sam = { id: "u2", username: "sam", displayName: "Sam", role: "member", isVerified: false, ageVerified: true, consentPreference: "explicit" };
const limit = { tokens: null, next: null, nextFrom: null, spent: 0 };
const purchase = (state: string) => ({ id: "b1", state, tokens: 550, price: { amount: "49.99", currency: "EUR" }, vatIncluded: { amount: "8.68", currency: "EUR" },
  packageId: "p2", provider: "test", providerReference: state === "pending" ? null : "test-b1", createdAt: "2026-12-02T02:00:00Z", updatedAt: "2026-12-02T02:00:00Z" });

function server(balance: () => number, state: () => string) {
  return stubFetch((path) => {
    if (path === "/api/auth/me") return json({ user: sam, csrfToken: "csrf" });
    if (path === "/api/wallet") return json({ balance: balance(), currency: "tokens", history: [], nextCursor: null, frozen: false, shortfallTokens: 0, limits: { daily: limit, monthly: limit } });
    if (path === "/api/wallet/packages") return json([
      { id: "p1", tokens: 100, price: { amount: "9.99", currency: "EUR" }, vatIncluded: { amount: "1.73", currency: "EUR" }, vatRate: "21.00", active: true },
      { id: "p2", tokens: 550, price: { amount: "49.99", currency: "EUR" }, vatIncluded: { amount: "8.68", currency: "EUR" }, vatRate: "21.00", active: true },
    ]);
    if (path === "/api/wallet/purchases/b1") return json(purchase(state()));
    if (path.startsWith("/api/notifications")) return json({ items: [], nextCursor: null, unread: 0 });
    if (path.startsWith("/api/conversations")) return json({ items: [], nextCursor: null, unread: 0 });
    return json({});
  });
}

function open(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <Toasts>
        <RouterProvider router={router} />
      </Toasts>
    </QueryClientProvider>,
  );
  return router;
}

beforeEach(() => vi.spyOn(window, "scrollTo").mockImplementation(() => undefined));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the token shop", () => {
  it("lists the packages in euros with their VAT, and marks the one that covers what is missing", async () => {
    server(() => 80, () => "pending");
    open("/wallet?missing=300");
    expect(await screen.findByTestId("package-100")).toHaveTextContent("€9.99");
    expect(screen.getByTestId("package-100")).toHaveTextContent("incl. €1.73 VAT (21.00 %)");
    expect(screen.getByTestId("package-550")).toHaveTextContent("Covers what you need");
    expect(screen.getByTestId("package-100")).not.toHaveTextContent("Covers what you need");
    expect(screen.getByTestId("shop-missing")).toHaveTextContent("You need 300 more tokens");
    expect(screen.getByTestId("spending-limits")).toBeInTheDocument();
  });

  it("the return page shows pending until the purchase's event arrives, then the new balance, without a reload", async () => {
    let state = "pending";
    let balance = 80;
    server(() => balance, () => state);
    open("/wallet/purchases/b1");
    expect(await screen.findByTestId("purchase-state")).toHaveTextContent("Waiting for the payment");
    state = "paid";
    balance = 630;
    await act(async () => listeners.forEach((l) => l("wallet:purchase", { purchaseId: "b1", state: "paid", balance: 630 })));
    expect(await screen.findByTestId("purchase-balance")).toHaveTextContent("630 tokens");
    expect(screen.getByTestId("purchase-state")).toHaveTextContent("Paid: 550 tokens");
  });

  it("the test checkout is labelled test mode", async () => {
    server(() => 80, () => "pending");
    open("/checkout/test/b1");
    expect(await screen.findByText(/TEST MODE/)).toBeInTheDocument();
    expect(await screen.findByTestId("test-approve")).toBeEnabled();
    fireEvent.click(screen.getByTestId("test-approve"));
  });

  it("knows how many tokens are missing from a 402 or from price and balance", () => {
    const problem = { type: "urn:teezu:problem:insufficient-tokens", title: "", status: 402, detail: "", missingTokens: 42 };
    expect(missingTokens(new ApiError(402, problem))).toBe(42);
    expect(missingTokens(null, 50, 20)).toBe(30);
    expect(missingTokens(null, 50, 80)).toBe(0);
  });
});
