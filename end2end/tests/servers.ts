import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";

// More server processes beside the one every test uses, on the same database:
// a release deployed for real (update.spec), or a second process behind a
// load balancer (live.spec). `./fieldbook test` says where the binary, bundle
// and database are.
const ROOT = path.resolve(__dirname, "../..");
const BINARY = process.env.FIELDBOOK_BIN ?? path.join(ROOT, "target/debug/fieldbook");
export const SITE = process.env.FIELDBOOK_SITE_ROOT ?? path.join(ROOT, "target/site");
const DATABASE_URL = process.env.FIELDBOOK_E2E_DATABASE_URL;

/** Serves the bundle in `site` on 127.0.0.1:`port` until stopped. */
export async function serve(port: number, site = SITE): Promise<ChildProcess> {
  if (!DATABASE_URL) throw new Error("FIELDBOOK_E2E_DATABASE_URL is not set (./fieldbook test sets it)");
  const server = spawn(BINARY, [], {
    env: { ...process.env, DATABASE_URL, LEPTOS_SITE_ADDR: `127.0.0.1:${port}`, LEPTOS_SITE_ROOT: site, RUST_LOG: "warn" },
    stdio: "inherit",
  });
  await expect
    .poll(() => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false), { timeout: 60_000 })
    .toBe(true);
  return server;
}

/** Stops a server hard, as a crash or a rushed deploy does: its open live streams just end. */
export async function stop(running: ChildProcess) {
  if (running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise((resolve) => running.once("exit", resolve));
  running.kill("SIGKILL");
  await exited;
}
