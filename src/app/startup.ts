import { createPrivateKey } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";

/**
 * What `npm start` checks before Probot starts: the App's private key, read whichever way it was
 * written. Probot's registration writes `PRIVATE_KEY="-----BEGIN ...\n..."` into .env (quoted, with
 * escaped newlines); `docker run --env-file` passes that line on with its quotes. A key that cannot
 * be read stops the server at once with the variable's name, instead of failing every webhook later.
 */

export class StartupError extends Error {}

type Env = Record<string, string | undefined>;

/** .env in `cwd` over the environment, as Probot reads it (its values win). */
export function withDotEnv(env: Env, cwd: string): Env {
  const file = resolve(cwd, ".env");
  if (!existsSync(file)) return env;
  return { ...env, ...parseEnv(readFileSync(file, "utf8")) };
}

/** The key text of PRIVATE_KEY as written by hand, by Probot's .env or through docker --env-file. */
export function unquoteKey(value: string): string {
  let key = value.trim();
  // docker --env-file keeps the quotes of `PRIVATE_KEY="..."`: one pair around the whole value.
  const quote = key[0];
  if ((quote === '"' || quote === "'") && key.endsWith(quote) && key.length > 1)
    key = key.slice(1, -1).trim();
  // A key pasted in one piece: base64 of the .pem file.
  if (!key.includes("-----BEGIN") && /^[A-Za-z0-9+/=\s]+$/.test(key))
    key = Buffer.from(key, "base64").toString("utf8").trim();
  return `${key.replace(/\\r/g, "").replace(/\\n/g, "\n")}\n`;
}

function checked(key: string, source: string): string {
  try {
    createPrivateKey(key);
    return key;
  } catch (error) {
    throw new StartupError(
      `${source} is not a private key the App can sign in with (${(error as Error).message}). ` +
        "Use the .pem file GitHub generated: PRIVATE_KEY_PATH=/path/to/key.pem, or its contents in PRIVATE_KEY.",
    );
  }
}

/** A .pem file in `cwd`, as Probot looks for one when neither variable is set (GitHub's download). */
function pemInFolder(cwd: string): string | null {
  const found = readdirSync(cwd).filter((f) => f.endsWith(".pem"));
  if (found.length > 1)
    throw new StartupError(
      `several .pem files in ${cwd} (${found.join(", ")}): set PRIVATE_KEY_PATH to the App's key`,
    );
  return found[0] ?? null;
}

/**
 * The App's private key in PEM, or null when there is none (Probot then offers to register the
 * App). PRIVATE_KEY wins over PRIVATE_KEY_PATH, which wins over a lone .pem file, as in Probot.
 */
export function privateKeyFrom(env: Env, cwd: string): string | null {
  if (env.PRIVATE_KEY?.trim()) return checked(unquoteKey(env.PRIVATE_KEY), "PRIVATE_KEY");
  const path = env.PRIVATE_KEY_PATH?.trim() || pemInFolder(cwd);
  if (!path) return null;
  const name = env.PRIVATE_KEY_PATH?.trim()
    ? `PRIVATE_KEY_PATH=${path}`
    : `${path} (the .pem file in ${cwd})`;
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new StartupError(`${name} cannot be read: ${reason}`);
  }
  return checked(text, name);
}

/** The environment Probot starts from: .env applied and the key in plain PEM. */
export function startupEnv(env: Env, cwd: string): Env {
  const merged = withDotEnv(env, cwd);
  const key = privateKeyFrom(merged, cwd);
  if (key === null) {
    if (merged.APP_ID?.trim())
      throw new StartupError(
        "APP_ID is set but there is no private key: set PRIVATE_KEY or PRIVATE_KEY_PATH",
      );
    return merged;
  }
  if (!merged.APP_ID?.trim())
    throw new StartupError(
      "APP_ID is not set: give the App's ID (its settings page shows it) with the private key",
    );
  const { PRIVATE_KEY_PATH: _path, ...rest } = merged;
  return { ...rest, PRIVATE_KEY: key };
}
