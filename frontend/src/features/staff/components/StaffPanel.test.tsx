import { render, screen } from "@testing-library/react";
import type { Profile } from "../../../api/types";
import { testQueryClient, withClient } from "../../../test/query";
import { StaffPanel } from "./StaffPanel";

const profile = (ageVerified: boolean) => ({
  user: { id: "u9", username: "sam", displayName: "Sam", bio: null, location: null, avatarUrl: null, coverUrl: null, role: "member",
    badge: { label: "MEMBER", colors: ["#64748b", "#94a3b8"] }, mood: null, isVerified: false, isLive: false,
    teezer: { active: false, status: "offline" }, timezone: "UTC", createdAt: "2024-01-01T00:00:00Z" },
  stats: { followers: 0, following: 0, likes: 0, streamHours: 0, posts: 0 },
  viewer: { authenticated: true, isSelf: false, following: false, subscribed: false, messaging: { allowed: false } },
  fantasyAccess: "granted", giftVault: [], contentGrid: [], staff: { ageVerified },
}) as unknown as Profile;

describe("the staff panel's age check", () => {
  it.each([true, false])("starts as the user's current state (age verified: %s)", (verified) => {
    render(<StaffPanel profile={profile(verified)} />, { wrapper: withClient(testQueryClient()) });
    const box = screen.getByTestId("age-check") as HTMLInputElement;
    expect(box.checked).toBe(verified);
  });
});
