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
