import { useParams, type RouteObject } from "react-router";
import { AuthPage } from "../features/auth/components/AuthPage";
import { ProfilePage } from "../features/profile/components/ProfilePage";
import { Landing } from "./Landing";
import { NotFound } from "./NotFound";
import { Shell } from "./Shell";

/** A profile's address is /@username; any other single segment is no page of ours. */
const PROFILE = /^@([A-Za-z0-9_]{1,32})$/;

/** /@lena, or /@lena/post/{id}: her page with that post open over it. */
function ProfileRoute() {
  const params = useParams();
  const username = PROFILE.exec(params.handle ?? "")?.[1];
  if (!username) return <NotFound />;
  return <ProfilePage key={username} username={username} postId={params.postId} />;
}

const messagesPage = async () => ({ Component: (await import("../features/messages/components/MessagesPage")).MessagesPage });

/**
 * Every address of the web app (the server forwards the same ones to index.html: SpaController).
 * The profile, landing and log-in pages are in the main bundle; the others load when first opened.
 */
export const routes: RouteObject[] = [
  {
    path: "/",
    Component: Shell,
    // shown instead of the app only while the first page opened is a lazy one that has not loaded yet
    HydrateFallback: () => <p>…</p>,
    children: [
      { index: true, Component: Landing },
      { path: "login", element: <AuthPage mode="login" /> },
      { path: "register", element: <AuthPage mode="register" /> },
      { path: "settings", lazy: async () => ({ Component: (await import("../features/settings/components/SettingsPage")).SettingsPage }) },
      { path: "quiz", lazy: async () => ({ Component: (await import("../features/quiz/components/QuizPage")).QuizPage }) },
      { path: "wallet", lazy: async () => ({ Component: (await import("../features/wallet/components/WalletPage")).WalletPage }) },
      { path: "wallet/purchases/:id", lazy: async () => ({ Component: (await import("../features/wallet/components/PurchasePage")).PurchasePage }) },
      { path: "checkout/test/:id", lazy: async () => ({ Component: (await import("../features/wallet/components/TestCheckoutPage")).TestCheckoutPage }) },
      { path: "notifications", lazy: async () => ({ Component: (await import("../features/notifications/components/NotificationsPage")).NotificationsPage }) },
      { path: "explore", lazy: async () => ({ Component: (await import("../features/explore/components/ExplorePage")).ExplorePage }) },
      { path: "messages", lazy: messagesPage },
      { path: "messages/:conversationId", lazy: messagesPage },
      { path: "messages/to/:username", lazy: messagesPage },
      { path: "teezer", lazy: async () => ({ Component: (await import("../features/teezer/components/TeezerStudio")).TeezerStudioPage }) },
      { path: ":handle", Component: ProfileRoute },
      { path: ":handle/post/:postId", Component: ProfileRoute },
      { path: "*", Component: NotFound },
    ],
  },
];
