import { QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { session } from "../api/client";
import { Toasts } from "../components/toasts";
import { json, stubFetch, testQueryClient } from "../test/query";
import { routes } from "./routes";

vi.mock("../realtime/socket", () => ({
  connect: vi.fn(async () => undefined),
  disconnect: vi.fn(),
  onEvent: vi.fn(() => () => undefined),
  watch: vi.fn(async () => () => undefined),
}));

const sam = { id: "u2", username: "sam", displayName: "Sam", role: "member", isVerified: false, ageVerified: true, consentPreference: "explicit" };

/** The API: who is logged in (nobody unless said), no such profile (unless given), empty lists. */
function server(me: typeof sam | null = null, profiles: Record<string, unknown> = {}) {
  return stubFetch((path) => {
    if (path === "/api/auth/me") return me ? json({ user: me, csrfToken: "csrf" }) : json({ type: "about:blank", title: "Unauthorized", status: 401, detail: "" }, 401);
    const name = /^\/api\/users\/(\w+)\/profile$/.exec(path)?.[1];
    if (name && profiles[name]) return json(profiles[name]);
    if (path.endsWith("/profile")) return json({ type: "about:blank", title: "Not found", status: 404, detail: "no such user" }, 404);
    if (path === "/api/dna-quiz") return json([]);
    if (path === "/api/catalog") return json({ moods: [], roles: [], kinks: [], intents: [], availability: [], consentLevels: ["explicit"], dnaDimensions: ["dominant"], giftTypes: [] });
    if (path === "/api/wallet") return json({ balance: 80, currency: "tokens", history: [], nextCursor: null, frozen: false, shortfallTokens: 0, limits: { daily: { tokens: null, next: null, nextFrom: null, spent: 0 }, monthly: { tokens: null, next: null, nextFrom: null, spent: 0 } } });
    if (path === "/api/wallet/packages") return json([{ id: "p1", tokens: 100, price: { amount: "9.99", currency: "EUR" }, vatIncluded: { amount: "1.73", currency: "EUR" }, vatRate: "21.00", active: true }]);
    if (path.startsWith("/api/notifications")) return json({ items: [], nextCursor: null, unread: 0 });
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

beforeEach(() => {
  vi.spyOn(window, "scrollTo").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  session.setCsrf(null);
});

describe("the web app's addresses", () => {
  it.each(["/no/such/page", "/lovelylena", "/@", "/@not-a-name", "/@" + "x".repeat(33), "/settings/more", "/login/again"])(
    "%s is the 'Page not found' page, inside the app's frame",
    async (path) => {
      server();
      open(path);
      expect(await screen.findByTestId("page-not-found")).toHaveTextContent("Page not found");
      expect(screen.getByRole("link", { name: "Home" })).toHaveAttribute("href", "/");
      expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
      expect(screen.getByRole("main")).toContainElement(screen.getByTestId("page-not-found"));
    },
  );

  it.each(["/@lovelylena", "/@lovelylena/", "/@Lovely_Lena_2"])("%s is a profile page (the API's 404 says there is nobody by that name)", async (path) => {
    const sent = server();
    open(path);
    expect(await screen.findByTestId("not-found")).toHaveTextContent("No such profile");
    expect(screen.queryByTestId("page-not-found")).toBeNull();
    const name = path.slice(2).replace(/\/$/, "");
    expect(sent.map((s) => s.path)).toContain(`/api/users/${name}/profile`);
  });

  it("the landing page links to LovelyLena with a real <a href>, and a click opens her page without a reload", async () => {
    server();
    const router = open("/");
    const visit = await screen.findByRole("link", { name: /Visit LovelyLena/ });
    expect(visit.tagName).toBe("A");
    expect(visit).toHaveAttribute("href", "/@lovelylena");
    expect(visit).not.toHaveAttribute("data-discover");
    fireEvent.click(visit);
    await waitFor(() => expect(router.state.location.pathname).toBe("/@lovelylena"));
    expect(await screen.findByTestId("not-found")).toBeInTheDocument();
    expect(window.scrollTo).toHaveBeenCalledWith(0, 0);
  });

  it("a click with a modifier key is left to the browser (a new tab)", async () => {
    server();
    const router = open("/");
    const link = await screen.findByRole("link", { name: /Visit LovelyLena/ });
    let leftToBrowser = false;
    document.addEventListener("click", (e) => {
      leftToBrowser = !e.defaultPrevented;
      e.preventDefault(); // jsdom cannot open a tab
    }, { once: true });
    fireEvent.click(link, { ctrlKey: true });
    expect(leftToBrowser).toBe(true);
    expect(router.state.location.pathname).toBe("/");
  });

  it("log-in and sign-up link to each other", async () => {
    server();
    const router = open("/login");
    expect(await screen.findByRole("heading", { name: "Log in" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Display name")).toBeNull();
    fireEvent.click(within(screen.getByRole("main")).getByRole("link", { name: "Sign up" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/register"));
    expect(await screen.findByLabelText("Display name")).toBeInTheDocument();
  });

  it.each([
    ["/settings", "link"],
    ["/settings#age", "link"],
    ["/quiz", "quiz"],
    ["/wallet", "link"],
    ["/notifications", "link"],
  ])("%s loads its page when first opened (logged out)", async (path, expected) => {
    server();
    open(path);
    if (expected === "quiz") expect(await screen.findByRole("heading", { name: /Erotic DNA quiz/ })).toBeInTheDocument();
    else await waitFor(() => expect(screen.getByRole("main").querySelector("a")).toHaveAttribute("href", "/login"));
    expect(screen.queryByTestId("page-not-found")).toBeNull();
  });

  it("the age gate's link opens the editor at its note (a hash in the link is no unknown page)", async () => {
    const gated = {
      user: { id: "u1", username: "lovelylena", displayName: "LovelyLena", bio: null, location: null, avatarUrl: null, coverUrl: null, role: "creator",
        badge: { label: "CREATOR", colors: ["#000", "#fff"] }, mood: null, isVerified: true, isLive: false, teezer: { active: false, status: "offline" },
        timezone: "UTC", createdAt: "2024-01-01T00:00:00Z" },
      stats: { followers: 0, following: 0, likes: 0, streamHours: 0, posts: 0 },
      viewer: { authenticated: true, isSelf: false, following: false, subscribed: false, messaging: { allowed: false, reason: "age_verification_required" } },
      fantasyAccess: "age_verification_required",
      giftVault: [],
      contentGrid: [],
    };
    server({ ...sam, ageVerified: false }, { lovelylena: gated, sam: { ...gated, user: { ...gated.user, id: "u2", username: "sam", role: "member" } } });
    const router = open("/@lovelylena");
    const link = await screen.findByRole("link", { name: "How to verify" });
    expect(link).toHaveAttribute("href", "/settings#age");
    fireEvent.click(link);
    await waitFor(() => expect(router.state.location).toMatchObject({ pathname: "/settings", hash: "#age" }));
    expect(await screen.findByRole("heading", { name: "Edit profile" }, { timeout: 3000 })).toBeInTheDocument();
    expect(document.getElementById("age")).toHaveTextContent("Age verification (18+)");
    expect(screen.queryByTestId("page-not-found")).toBeNull();
  });

  it("a logged-in member sees her menu, her wallet and notifications, and logging out goes home", async () => {
    const sent = server(sam);
    const router = open("/wallet");
    expect(await screen.findByTestId("wallet-balance")).toHaveTextContent("80 tokens");
    // her pages are in the account menu, which opens from her avatar and closes again on Escape
    const account = screen.getByRole("button", { name: /^Sam.*account menu$/ });
    expect(account).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("link", { name: "My profile" })).toBeNull();
    fireEvent.click(account);
    expect(account).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("link", { name: "My profile" })).toHaveAttribute("href", "/@sam");
    // a member has no Teezer studio (a creator's menu leads to it)
    expect(screen.queryByTestId("menu-teezer")).toBeNull();
    fireEvent.keyDown(document, { key: "Escape" });
    expect(account).toHaveAttribute("aria-expanded", "false");
    expect(account).toHaveFocus();
    expect(screen.getByTestId("bell")).toHaveAttribute("href", "/notifications");
    fireEvent.click(screen.getByTestId("bell"));
    expect(await screen.findByTestId("notifications")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: /^Sam.*account menu$/ }));
    fireEvent.click(screen.getByRole("button", { name: "Log out" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/"));
    expect(await screen.findByRole("link", { name: "Log in" })).toHaveAttribute("href", "/login");
    expect(sent.filter((s) => s.method === "POST").map((s) => s.path)).toEqual(["/api/auth/logout"]);
  });
  it("a creator's account menu leads to her Teezer studio", async () => {
    server({ ...sam, id: "u1", username: "lovelylena", displayName: "LovelyLena", role: "creator" });
    open("/wallet");
    await screen.findByTestId("wallet-balance");
    fireEvent.click(screen.getByRole("button", { name: /^LovelyLena.*account menu$/ }));
    expect(screen.getByTestId("menu-teezer")).toHaveAttribute("href", "/teezer");
  });

  it("a visitor's Log in link returns to the page she was on, and after logging in she is back there", async () => {
    const sent = stubFetch((path, method) => {
      if (path === "/api/auth/me") return json({ type: "about:blank", title: "Unauthorized", status: 401, detail: "" }, 401);
      if (path === "/api/auth/login" && method === "POST") return json({ csrfToken: "c", user: sam });
      if (path.startsWith("/api/notifications")) return json({ items: [], nextCursor: null, unread: 0 });
      if (path.endsWith("/profile")) return json({ type: "about:blank", title: "Not found", status: 404, detail: "" }, 404);
      return json({});
    });
    const router = open("/@lovelylena");
    const login = await screen.findByRole("link", { name: "Log in" });
    expect(login).toHaveAttribute("href", "/login?next=%2F%40lovelylena");
    fireEvent.click(login);
    await waitFor(() => expect(router.state.location.pathname).toBe("/login"));
    fireEvent.change(await screen.findByLabelText("Username"), { target: { value: "sam" } });
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "demo-password" } });
    fireEvent.click(within(screen.getByRole("main")).getByRole("button", { name: "Log in" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/@lovelylena"));
    expect(sent.some((s) => s.path === "/api/auth/login")).toBe(true);
  });

  it("a next that leads off the site is ignored: the log-in goes to one's own profile", async () => {
    stubFetch((path, method) => {
      if (path === "/api/auth/me") return json({ type: "about:blank", title: "Unauthorized", status: 401, detail: "" }, 401);
      if (path === "/api/auth/login" && method === "POST") return json({ csrfToken: "c", user: sam });
      if (path.endsWith("/profile")) return json({ type: "about:blank", title: "Not found", status: 404, detail: "" }, 404);
      return json({});
    });
    const router = open("/login?next=" + encodeURIComponent("//evil.example/x"));
    fireEvent.change(await screen.findByLabelText("Username"), { target: { value: "sam" } });
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "demo-password" } });
    fireEvent.click(within(screen.getByRole("main")).getByRole("button", { name: "Log in" }));
    await waitFor(() => expect(router.state.location.pathname).toBe("/@sam"));
  });
});

describe("page titles", () => {
  it.each([
    ["/login", "Log in · TeezU"],
    ["/wallet", "Wallet · TeezU"],
    ["/no/such/page", "Page not found · TeezU"],
  ])("%s is titled %s", async (path, title) => {
    server();
    open(path);
    await waitFor(() => expect(document.title).toBe(title));
  });
});
