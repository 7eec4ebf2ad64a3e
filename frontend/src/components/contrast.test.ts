import { contrast, parseHex, readableBadge } from "./contrast";

// the server's badge colours (Role.java): each badge's text keeps AA (4.5:1) on both ends of its gradient
describe("role badges stay readable", () => {
  it.each([
    ["MEMBER", ["#64748b", "#94a3b8"]],
    ["CREATOR", ["#db2777", "#9333ea"]],
    ["VIP", ["#d97706", "#facc15"]],
    ["STAFF", ["#0f766e", "#2563eb"]],
    ["any", ["#ffffff", "#000000"]],
  ])("%s", (_, colors) => {
    const badge = readableBadge(colors);
    for (const stop of badge.stops) expect(contrast(parseHex(stop), parseHex(badge.color))).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps colours that already pass, and picks dark text on gold", () => {
    const vip = readableBadge(["#d97706", "#facc15"]);
    expect(vip.color).toBe("#0b0b12");
    expect(vip.stops).toEqual(["#d97706", "#facc15"]);
    expect(contrast(parseHex("#ffffff"), parseHex("#000000"))).toBeCloseTo(21, 5);
  });
});
