// Generates src/api/schema.d.ts from openapi.json with `npm run gen:api`, but only once the backend
// has committed that document (frontend/openapi.json). Without it this does nothing, so build,
// typecheck and test keep working on the hand-written types in src/api/types.ts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const frontend = fileURLToPath(new URL("..", import.meta.url));

/** npm itself: the one running this script if there is one, else the one on the PATH. */
function npm(args, cwd) {
  const viaNpm = process.env.npm_execpath;
  const result = viaNpm
    ? spawnSync(process.execPath, [viaNpm, ...args], { cwd, stdio: "inherit" })
    : spawnSync("npm", args, { cwd, stdio: "inherit", shell: process.platform === "win32" });
  return result.status ?? 1;
}

/** "skipped" without an openapi.json in dir, else runs the gen:api script there and returns "generated". */
export function genApi(dir = frontend, run = npm) {
  if (!existsSync(join(dir, "openapi.json"))) return "skipped";
  const status = run(["run", "--silent", "gen:api"], dir);
  if (status !== 0) throw new Error(`gen:api failed with status ${status}`);
  return "generated";
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    genApi();
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  }
}
