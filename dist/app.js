// src/runtime.ts
var MINIMUM_NODE = "22.18.0";
function nodeTooOld(version, minimum = MINIMUM_NODE) {
  const have = version.replace(/^v/, "").split(".").map(Number);
  const need = minimum.split(".").map(Number);
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a > b) return null;
    if (a < b)
      return `postmortem-tracker needs Node.js ${minimum} or newer; this is Node.js ${version.replace(/^v/, "")}`;
  }
  return null;
}

// src/app/startup.ts
import { createPrivateKey } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
var StartupError = class extends Error {
};
function withDotEnv(env2, cwd) {
  const file = resolve(cwd, ".env");
  if (!existsSync(file)) return env2;
  return { ...env2, ...parseEnv(readFileSync(file, "utf8")) };
}
function unquoteKey(value) {
  let key = value.trim();
  const quote = key[0];
  if ((quote === '"' || quote === "'") && key.endsWith(quote) && key.length > 1)
    key = key.slice(1, -1).trim();
  if (!key.includes("-----BEGIN") && /^[A-Za-z0-9+/=\s]+$/.test(key))
    key = Buffer.from(key, "base64").toString("utf8").trim();
  return `${key.replace(/\\r/g, "").replace(/\\n/g, "\n")}
`;
}
function checked(key, source) {
  try {
    createPrivateKey(key);
    return key;
  } catch (error) {
    throw new StartupError(
      `${source} is not a private key the App can sign in with (${error.message}). Use the .pem file GitHub generated: PRIVATE_KEY_PATH=/path/to/key.pem, or its contents in PRIVATE_KEY.`
    );
  }
}
function pemInFolder(cwd) {
  const found = readdirSync(cwd).filter((f) => f.endsWith(".pem"));
  if (found.length > 1)
    throw new StartupError(
      `several .pem files in ${cwd} (${found.join(", ")}): set PRIVATE_KEY_PATH to the App's key`
    );
  return found[0] ?? null;
}
function privateKeyFrom(env2, cwd) {
  if (env2.PRIVATE_KEY?.trim()) return checked(unquoteKey(env2.PRIVATE_KEY), "PRIVATE_KEY");
  const path = env2.PRIVATE_KEY_PATH?.trim() || pemInFolder(cwd);
  if (!path) return null;
  const name = env2.PRIVATE_KEY_PATH?.trim() ? `PRIVATE_KEY_PATH=${path}` : `${path} (the .pem file in ${cwd})`;
  let text;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch (error) {
    const reason = error.code === "ENOENT" ? "no such file" : error.message;
    throw new StartupError(`${name} cannot be read: ${reason}`);
  }
  return checked(text, name);
}
function startupEnv(env2, cwd) {
  const merged = withDotEnv(env2, cwd);
  const key = privateKeyFrom(merged, cwd);
  if (key === null) {
    if (merged.APP_ID?.trim())
      throw new StartupError(
        "APP_ID is set but there is no private key: set PRIVATE_KEY or PRIVATE_KEY_PATH"
      );
    return merged;
  }
  if (!merged.APP_ID?.trim())
    throw new StartupError(
      "APP_ID is not set: give the App's ID (its settings page shows it) with the private key"
    );
  const { PRIVATE_KEY_PATH: _path, ...rest } = merged;
  return { ...rest, PRIVATE_KEY: key };
}

// src/app/main.ts
var tooOld = nodeTooOld(process.versions.node);
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}
var env;
try {
  env = startupEnv(process.env, process.cwd());
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(`postmortem-tracker: ${error.message}`);
  process.exit(1);
}
var { run } = await import("probot");
var { optionsFromEnv, postmortemTracker } = await import("./probot-app.js");
var { AppOctokit } = await import("./chunks/octokit-FCN77F4R.js");
var options = optionsFromEnv(env);
await run((app) => postmortemTracker(app, options), { env, Octokit: AppOctokit });
