import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { fileURLToPath } from "node:url";
import { privateKey } from "./app-harness.ts";
import { freePort } from "./redis-server.ts";

/** App processes (test/support/app-process.ts) against one test GitHub and one Redis. */

export const SECRET = "webhook-secret";
const entry = fileURLToPath(new URL("./app-process.ts", import.meta.url));

export interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  output: () => string;
  /** The process's exit code, once it has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface InstanceOptions {
  name: string;
  github: string;
  redisUrl?: string;
  env?: Record<string, string>;
  /** Do not wait for the server to answer (it is expected to fail at start). */
  noWait?: boolean;
}

export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const port = await freePort();
  const github = new URL(options.github);
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "test",
      INSTANCE: options.name,
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: SECRET,
      HOST: "127.0.0.1",
      PORT: String(port),
      GHE_HOST: github.host,
      GHE_PROTOCOL: "http",
      LOG_LEVEL: "warn",
      SWEEP_INTERVAL: "0",
      LOCK_TTL_MS: "2500",
      ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const instance: Instance = {
    name: options.name,
    url,
    child,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
  if (options.noWait) return instance;
  await waitFor(`${options.name} to answer /ping\n${output}`, async () => {
    if (child.exitCode !== null) throw new Error(`${options.name} exited: ${output}`);
    try {
      return (await fetch(`${url}/ping`)).ok;
    } catch {
      return false;
    }
  });
  return instance;
}

/** Posts a signed webhook delivery to an instance. */
export async function deliver(instance: Instance, name: string, id: string, payload: unknown) {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
  return fetch(`${instance.url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": name,
      "x-github-delivery": id,
      "x-hub-signature-256": signature,
    },
    body,
  });
}
