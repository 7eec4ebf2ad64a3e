import { describe, expect, it } from "vitest";
import { en } from "./en";
import { nl } from "./nl";
import { pickLocale } from "./index";

/** Every key with the kind of its value ("string", "function", or a nested object's keys). */
function shape(catalogue: object, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    value !== null && typeof value === "object" ? shape(value, `${prefix}${key}.`) : [`${prefix}${key}: ${typeof value}`]).sort();
}

describe("the catalogues", () => {
  it("have the same keys, each of the same kind, in Dutch and English", () => {
    expect(shape(nl)).toEqual(shape(en));
  });

  it("are translated: no Dutch string is the English one, but for names and symbols", () => {
    const same = shape(en).filter((k) => k.endsWith(": string")).map((k) => k.replace(/: string$/, ""))
      .filter((path) => path.split(".").reduce<any>((o, k) => o[k], en) === path.split(".").reduce<any>((o, k) => o[k], nl));
    // brand, badges and loan words that Dutch uses as they are
    expect(same.sort()).toEqual([
      "ai.badge", "appName", "common.ok", "fantasy.dimensions.dominant", "fantasy.dimensions.exhibitionist", "fantasy.dimensions.kinky",
      "fantasy.dimensions.voyeur", "grid.premium", "nav.home", "profile.likes", "profile.live", "profile.stream", "settings.bio",
      "staff.amount", "staff.title", "teezer.modes.live", "teezer.modes.offline", "teezer.status.offline", "wallet.tokens",
    ]);
  });

  it("Dutch and English format their own way", () => {
    expect(nl.staff.toppedUp(2840)).toContain("2.840");
    expect(en.staff.toppedUp(2840)).toContain("2,840");
  });
});

describe("the page's language", () => {
  it("is the one chosen, else the browser's Dutch or English, else English", () => {
    expect(pickLocale("nl", ["en-US"])).toBe("nl");
    expect(pickLocale("en", ["nl-NL"])).toBe("en");
    expect(pickLocale(null, ["nl-BE", "en"])).toBe("nl");
    expect(pickLocale(null, ["de-DE", "en-GB", "nl"])).toBe("en");
    expect(pickLocale(null, ["fr-FR"])).toBe("en");
    expect(pickLocale("xx", [])).toBe("en");
  });
});
