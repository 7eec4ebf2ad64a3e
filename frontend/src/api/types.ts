// Every type of the API's JSON the web app uses, and the one module the rest of the app imports them
// from. They are written by hand today. Once the backend commits frontend/openapi.json, `npm run gen:api`
// (run before build, typecheck and test by scripts/gen-api.mjs) writes src/api/schema.d.ts, and each
// type here can become an alias of the generated one without touching its users, e.g.
//   import type { components } from "./schema";
//   export type Profile = components["schemas"]["ProfileView"];

export type Mood = { key: string; emoji: string; label: string; color: string };
export type Tag = { key: string; emoji: string; label: string };
export type FantasyAccess = "granted" | "login_required" | "age_verification_required" | "consent_required";
export type Slot = { start: string; end: string; mode: "teezer" | "live" | "offline" };
export type Schedule = { timezone: string; days: Record<string, Slot[]> };

export type GridItem = {
  id: string;
  title: string | null;
  visibility: "public" | "premium" | "locked";
  locked: boolean;
  priceTokens: number | null;
  thumbnailUrl: string;
  blurred: boolean;
  mediaUrl?: string;
  likes: number;
  liked: boolean;
  createdAt: string;
};

export type Profile = {
  user: {
    id: string;
    username: string;
    displayName: string;
    bio: string | null;
    location: string | null;
    avatarUrl: string | null;
    coverUrl: string | null;
    role: string;
    badge: { label: string; colors: string[] };
    mood: Mood | null;
    isVerified: boolean;
    isLive: boolean;
    teezer: { active: boolean; status: "live" | "teezer" | "offline" };
    timezone: string;
    createdAt: string;
  };
  stats: { followers: number; following: number; likes: number; streamHours: number; posts: number };
  viewer: { authenticated: boolean; isSelf: boolean; following: boolean; subscribed: boolean };
  fantasyAccess: FantasyAccess;
  fantasyProfile?: {
    dnaScores: Record<string, number>;
    kinks: Tag[];
    intent: string[];
    availability: string[];
    consentLevel: string;
  };
  giftVault: { type: string; emoji: string; label: string; count: number }[];
  contentGrid: GridItem[];
  privateStats?: {
    earningsThisMonth: { amount: string; currency: string };
    tipTotalTokens: number;
    subscribers: number;
    streamingSchedule: Schedule;
  };
};

export type Catalog = {
  moods: Mood[];
  roles: { key: string; label: string; colors: string[] }[];
  kinks: Tag[];
  intents: Tag[];
  availability: Tag[];
  consentLevels: string[];
  dnaDimensions: string[];
  giftTypes: { key: string; emoji: string; label: string; priceTokens: number }[];
};

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: string;
  isVerified: boolean;
  ageVerified: boolean;
  consentPreference: string;
};

export type FieldError = { field: string; message: string };
export type Problem = { type: string; title: string; status: number; detail: string; errors?: FieldError[] };

/** GET /api/auth/me; POST /api/auth/login and /register answer the same shape. */
export type Session = { user: Me; csrfToken: string | null };
export type Credentials = { username: string; password: string; displayName?: string };

/** PUT|DELETE /api/users/{username}/follow */
export type FollowAnswer = { following: boolean; followerCount: number };

/** POST /api/content/{id}/unlock */
export type Reveal = { url: string; expiresAt: string; charged: boolean; priceTokens: number; balance: number };

export type Wallet = { balance: number; currency: string; history: { id: number; kind: string; amount: number; createdAt: string }[] };

export type SubscriptionState = { subscribed: boolean; renews: boolean; currentPeriodEnd: string | null; priceTokens: number; charged: boolean; balance: number };

/** POST /api/users/{username}/gifts */
export type GiftSent = { gift: { type: string; emoji: string; label: string; priceTokens: number }; count: number; balance: number };

export type NotificationFrom = { id: string; username: string; displayName: string; avatarUrl: string | null };
export type NotificationItem = {
  id: string;
  type: string;
  from: NotificationFrom | null;
  createdAt: string;
  read: boolean;
};
export type NotificationPage = { items: NotificationItem[]; nextCursor: string | null; unread: number };
export type MarkedRead = { marked: number; unread: number };

/** GET /api/dna-quiz */
export type QuizQuestion = { id: string; text: string; options: { id: string; text: string }[] };
export type QuizResult = { dnaScores: Record<string, number> };

/** GET /api/realtime: where the Socket.IO server is. */
export type RealtimeWhere = { url: string; path: string };

/** POST /api/wallet/topups (staff) */
export type TopUpAnswer = { balance: number };
/** POST /api/admin/recount (staff) */
export type RecountAnswer = { drifted: number };
