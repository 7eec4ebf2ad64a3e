// Every type of the API's JSON the web app uses, and the one module the rest of the app imports them
// from. They are generated from the API document the backend serves (frontend/openapi.json, kept equal
// to GET /v3/api-docs by OpenApiContractIT): `npm run gen:api` writes src/api/schema.d.ts before every
// build, typecheck and test, so a field the backend renames or drops fails the type check here.
import type { components } from "./schema";

type S = components["schemas"];

export type Mood = S["CatalogMoodView"];
export type Tag = S["FantasyCatalogTag"];
export type FantasyAccess = "granted" | "login_required" | "age_verification_required" | "consent_required";
export type Slot = S["ScheduleRequestSlot"];
export type Schedule = S["ProfileSchedule"];

export type GridItem = S["ProfileGridItem"];
export type Profile = S["ProfileView"];
export type Catalog = S["CatalogView"];
export type Me = S["AuthUserView"];

export type FieldError = S["FieldError"];
export type Problem = S["Problem"];

/** GET /api/auth/me; POST /api/auth/login and /register answer a SessionView, which has these too. */
export type Session = S["AuthMeView"];
export type Credentials = S["AuthRegisterRequest"];

/** PUT|DELETE /api/users/{username}/follow */
export type FollowAnswer = S["FollowResult"];

/** POST /api/content/{id}/unlock */
export type Reveal = S["UnlockReveal"];

export type Wallet = S["WalletView"];

export type SubscriptionState = S["SubscriptionState"];

/** POST /api/users/{username}/gifts */
export type GiftSent = S["GiftSent"];

export type NotificationFrom = S["NotificationFrom"];
export type NotificationItem = S["NotificationItem"];
export type NotificationPage = S["NotificationPageView"];
export type MarkedRead = S["NotificationReadView"];

/** GET /api/dna-quiz */
export type QuizQuestion = S["DnaQuizQuestion"];
export type QuizResult = S["DnaQuizResult"];

/** GET /api/realtime: where the Socket.IO server is. */
export type RealtimeWhere = S["RealtimeWhere"];

/** POST /api/wallet/topups (staff) */
export type TopUpAnswer = S["WalletTopUpView"];
/** POST /api/admin/recount (staff) */
export type RecountAnswer = S["StatsRecountReport"];

/** PATCH /api/users/{id}/profile */
export type ProfilePatch = S["ProfilePatch"];

/** Direct messages (API.md "Direct messages") */
export type Message = S["MessageView"];
export type MessagePage = S["MessagePage"];
export type Conversation = S["MessageConversationItem"];
export type ConversationPage = S["MessageConversationPage"];
export type MessageUnlock = S["MessageReveal"];
export type MessagesMarked = S["MessageMarked"];
export type Messaging = S["Messaging"];
export type DmPolicy = S["MessagePolicy"];

// Teezer, the AI clone: the creator's persona card, reply bank, try box, audit and per-conversation state
export type TeezerPersona = S["TeezerStudioPersona"];
export type TeezerEntry = S["TeezerStudioEntry"];
export type TeezerEntries = S["TeezerStudioEntries"];
export type TeezerEntryRequest = S["TeezerStudioEntryRequest"];
export type TeezerTried = S["TeezerStudioTried"];
export type TeezerActivity = S["TeezerStudioActivity"];
export type TeezerTurn = S["TeezerStudioTurnView"];
export type TeezerThreadState = S["TeezerStudioThreadState"];
/** GET /api/explore */
export type Explore = S["ExploreView"];
/** Buying tokens (API.md "Tokens") */
export type TokenPackage = S["TokenShopTokenPackage"];
export type Money = S["TokenShopMoney"];
export type PurchaseStarted = S["TokenShopStarted"];
export type Purchase = S["TokenShopPurchase"];
export type SpendingLimits = S["SpendingLimits"];
export type Movement = S["WalletMovement"];
