// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { genApi } from "./gen-api.mjs";

describe("gen-api", () => {
  let dir;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "teezu-gen-api-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("does nothing while there is no openapi.json", () => {
    const run = vi.fn(() => 0);
    expect(genApi(dir, run)).toBe("skipped");
    expect(run).not.toHaveBeenCalled();
  });

  it("runs the gen:api script once the document is there, and fails the build if it fails", () => {
    writeFileSync(join(dir, "openapi.json"), "{}");
    const run = vi.fn(() => 0);
    expect(genApi(dir, run)).toBe("generated");
    expect(run).toHaveBeenCalledWith(["run", "--silent", "gen:api"], dir);
    expect(() => genApi(dir, () => 2)).toThrow("gen:api failed");
  });
});
