import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../api/client";
import { priceAsked, useSendKey } from "./messages";

describe("the key of a message being sent", () => {
  it("stays the same while the same message is sent again after a failure, so it is stored and charged once", () => {
    const { result } = renderHook(() => useSendKey());
    const first = result.current.keyFor({ text: "hi", maxPriceTokens: 5 });
    expect(result.current.keyFor({ text: "hi", maxPriceTokens: 5 })).toBe(first);
    // another message (or another price agreed to) is another request
    expect(result.current.keyFor({ text: "hi!", maxPriceTokens: 5 })).not.toBe(first);
    const second = result.current.keyFor({ text: "hi", maxPriceTokens: 6 });
    expect(second).not.toBe(first);
    result.current.sent();
    expect(result.current.keyFor({ text: "hi", maxPriceTokens: 6 })).not.toBe(second);
  });

  it("reads the price a refused send names, and nothing from other problems", () => {
    const refused = new ApiError(409, { type: "urn:teezu:problem:price-not-accepted", title: "Price not accepted", status: 409, detail: "", priceTokens: 7 });
    expect(priceAsked(refused)).toBe(7);
    expect(priceAsked(new ApiError(402, { type: "urn:teezu:problem:insufficient-funds", title: "", status: 402, detail: "" }))).toBeUndefined();
    expect(priceAsked(new Error("network"))).toBeUndefined();
  });
});
