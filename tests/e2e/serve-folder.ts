// A folder served by scripts/static-server.mjs on a free port, for a test
// that needs a server of its own: a page with its own CSP, or a folder the
// test deploys builds into.
import { spawn } from "node:child_process";

export type ServedFolder = {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  stop: () => Promise<void>;
};

/** Serves `root` with the server's extra `options`; resolves once it listens. */
export async function serveFolder(root: string, ...options: string[]): Promise<ServedFolder> {
  const server = spawn(
    process.execPath,
    ["scripts/static-server.mjs", "--root", root, "--host", "127.0.0.1", "--port", "0", ...options],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const origin = await new Promise<string>((resolve, reject) => {
    let printed = "";
    server.stdout.on("data", (chunk) => {
      printed += chunk;
      const listening = printed.match(/ at (http:\/\/127\.0\.0\.1:\d+)/);
      if (listening) resolve(listening[1]);
    });
    server.once("exit", (code) => reject(new Error(`static server for ${root} exited with ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill();
    });
  return { origin, stop };
}
