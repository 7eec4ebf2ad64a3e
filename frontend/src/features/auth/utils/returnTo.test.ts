import { authHref, safeNext } from "./returnTo";

describe("return-to after log-in", () => {
  it("follows a path of this site, with its query and hash", () => {
    expect(safeNext("/@lovelylena")).toBe("/@lovelylena");
    expect(safeNext("/@lovelylena/post/abc?x=1#top")).toBe("/@lovelylena/post/abc?x=1#top");
    expect(authHref("register", "/@lovelylena")).toBe("/register?next=%2F%40lovelylena");
  });

  it.each([null, "", "https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/login", "/register?next=/x", "/a\nb"])(
    "refuses %s",
    (next) => {
      expect(safeNext(next)).toBeNull();
    },
  );

  it("links without a next when there is nowhere to return to", () => {
    expect(authHref("login", "/login")).toBe("/login");
    expect(authHref("login")).toBe("/login");
  });
});
