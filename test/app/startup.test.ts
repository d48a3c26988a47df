import { type ChildProcess, spawn } from "node:child_process";
import { createHmac, createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { privateKeyFrom, StartupError, startupEnv, unquoteKey } from "../../src/app/startup.ts";
import { mergedPullRequest, REPO, REPORT } from "../support/app-harness.ts";
import { FakeGitHub } from "../support/fake-github.ts";

// The App server as `npm start` runs it (dist/app.js), registered the way README says: .env copied
// from .env.example, then Probot's registration writes the App's credentials into it.

const root = join(import.meta.dirname, "../..");
const { privateKey: pem, publicKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs1", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const secret = "manifest-webhook-secret";

let fake: FakeGitHub;
let github: Server;
let githubHost: string;
/** Requests for an installation token, and whether each was signed with the App's key. */
const tokenRequests: boolean[] = [];

function jwtSignedByApp(authorization: string | undefined): boolean {
  const [head = "", body = "", signature = ""] = (authorization ?? "").replace(/^bearer /i, "").split(".");
  return verify(
    "RSA-SHA256",
    Buffer.from(`${head}.${body}`),
    createPublicKey(publicKey),
    Buffer.from(signature, "base64url"),
  );
}

beforeAll(async () => {
  fake = new FakeGitHub();
  const repo = fake.repo(REPO);
  repo.commits.set("s1", new Map([[REPORT, "# T\n\n## Action items\n\n- [ ] Add an alert\n"]]));
  repo.pulls.set(101, { mergeSha: "s1", files: [{ filename: REPORT, status: "added" }] });
  fake.addIssue(REPO, { title: "Add the checkout postmortem" });
  const [conversation] = repo.issues.splice(0, 1);
  if (conversation) repo.pullIssues.set(101, { ...conversation, number: 101 });
  // GitHub Enterprise Server's layout: REST under /api/v3, GraphQL at /api/graphql.
  github = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = (req.url ?? "/").replace(/^\/api\/graphql/, "/graphql");
      if (/\/app\/installations\/\d+\/access_tokens$/.test(url))
        tokenRequests.push(jwtSignedByApp(req.headers.authorization));
      const reply = fake.handle(
        req.method ?? "GET",
        url,
        Buffer.concat(chunks).toString("utf8"),
        req.headers.accept,
      );
      const raw = reply.raw === true;
      res.writeHead(reply.status, { "content-type": raw ? "text/plain" : "application/json; charset=utf-8" });
      res.end(raw ? String(reply.body) : reply.body === undefined ? "" : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => github.listen(0, "127.0.0.1", resolve));
  githubHost = `127.0.0.1:${(github.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => github.close(resolve)));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  expect(fake.problems).toEqual([]);
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Started {
  url?: string;
  code?: number;
  output: () => string;
  /** Resolves once the server has logged `text` (a job's last step). */
  logged: (text: string) => Promise<void>;
}

/** Starts `node dist/app.js` in `cwd`; resolves once it listens, or with its exit code if it stops. */
async function startApp(cwd: string, env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "dist/app.js")], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: String(port),
      NO_SMEE_SETUP: "true",
      ...env,
    },
  });
  children.push(child);
  let output = "";
  const waiting: [string, () => void][] = [];
  const started: Started = {
    output: () => output,
    logged: (text) =>
      new Promise((resolve) => (output.includes(text) ? resolve() : waiting.push([text, resolve]))),
  };
  return new Promise((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      for (const [text, done] of waiting) if (output.includes(text)) done();
      if (output.includes("Listening on")) resolve({ ...started, url: `http://127.0.0.1:${port}` });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => resolve({ ...started, code: code ?? -1 }));
  });
}

/** README's order: `cp .env.example .env`, then register through Probot's setup page. */
async function registerLikeReadme(): Promise<string> {
  const cwd = mkdtempSync(join(tmpdir(), "pmt-app-"));
  copyFileSync(join(root, ".env.example"), join(cwd, ".env"));
  const setup = await startApp(cwd, {});
  expect(setup.url, setup.output()).toBeDefined();
  // What the setup page posts once GitHub has created the App (Probot writes .env from it).
  const imported = await fetch(`${setup.url}/probot/import`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ appId: "4242", pem, webhook_secret: secret }),
  });
  expect(imported.status).toBe(200);
  for (const child of children.splice(0)) child.kill();
  return cwd;
}

async function deliverMerge(url: string): Promise<Response> {
  const body = JSON.stringify(mergedPullRequest(101, "s1"));
  return fetch(`${url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "pull_request",
      "x-github-delivery": "startup-1",
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    },
    body,
  });
}

describe("the App server started from the .env that registering it wrote", () => {
  it("signs in with the key Probot wrote (quoted, escaped newlines) and files the issues", async () => {
    const cwd = await registerLikeReadme();
    const dotenv = readFileSync(join(cwd, ".env"), "utf8");
    expect(dotenv).toMatch(/^PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----\\n/m);
    const app = await startApp(cwd, { GHE_HOST: githubHost, GHE_PROTOCOL: "http" });
    expect(app.url, app.output()).toBeDefined();
    expect(await (await fetch(`${app.url}/ping`)).text()).toBe("PONG");
    // 202: Probot answers before the job ends (its throttling spaces the writes).
    expect([200, 202]).toContain((await deliverMerge(app.url ?? "")).status);
    await app.logged("comment on #101");
    expect(tokenRequests.at(-1)).toBe(true);
    expect(fake.repo(REPO).issues.map((i) => i.title)).toEqual(["Postmortem follow-up: T", "Add an alert"]);
    rmSync(cwd, { recursive: true, force: true });
  });

  it("reads the same key through docker run --env-file, which keeps the quotes", async () => {
    const cwd = await registerLikeReadme();
    // docker --env-file takes each line's value literally: quotes and backslash-n included.
    const env: Record<string, string> = {};
    for (const line of readFileSync(join(cwd, ".env"), "utf8").split("\n")) {
      const at = line.indexOf("=");
      if (at > 0 && !line.startsWith("#")) env[line.slice(0, at)] = line.slice(at + 1);
    }
    expect(env.PRIVATE_KEY?.startsWith('"-----BEGIN')).toBe(true);
    const empty = mkdtempSync(join(tmpdir(), "pmt-docker-"));
    const before = tokenRequests.length;
    const app = await startApp(empty, { ...env, GHE_HOST: githubHost, GHE_PROTOCOL: "http" });
    expect(app.url, app.output()).toBeDefined();
    expect([200, 202]).toContain((await deliverMerge(app.url ?? "")).status);
    // Signing in comes first (Probot logs the answer after it); the sync itself is the test above.
    await app.logged("POST /api/github/webhooks");
    expect(tokenRequests.slice(before)).toEqual([true]);
    rmSync(cwd, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it("stops at once, naming the variable, when the key cannot be read", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "pmt-bad-"));
    const bad = await startApp(cwd, {
      APP_ID: "1",
      PRIVATE_KEY: '"-----BEGIN RSA PRIVATE KEY-----\\nnot a key\\n"',
    });
    expect(bad.code).toBe(1);
    expect(bad.output()).toMatch(
      /^postmortem-tracker: PRIVATE_KEY is not a private key the App can sign in with/,
    );
    const missing = await startApp(cwd, { APP_ID: "1", PRIVATE_KEY_PATH: "key.pem" });
    expect(missing.code).toBe(1);
    expect(missing.output()).toBe(
      "postmortem-tracker: PRIVATE_KEY_PATH=key.pem cannot be read: no such file\n",
    );
    rmSync(cwd, { recursive: true, force: true });
  });
});

describe("reading the private key", () => {
  const escaped = pem.trim().replace(/\n/g, "\\n");
  it.each([
    ["the .pem file's text", pem],
    ["Probot's .env line, as Node reads it", parseEnv(`PRIVATE_KEY="${escaped}"`).PRIVATE_KEY ?? ""],
    ["Probot's .env line through docker --env-file", `"${escaped}"`],
    ["single quotes and escaped newlines", `'${escaped}'`],
    ["base64 of the .pem file", Buffer.from(pem).toString("base64")],
  ])("%s", (_, value) => {
    expect(unquoteKey(value)).toBe(pem);
    expect(privateKeyFrom({ PRIVATE_KEY: value }, "/")).toBe(pem);
  });

  it("reads a lone .pem file in the folder, as Probot does, and names several", () => {
    const dir = mkdtempSync(join(tmpdir(), "pmt-pem-"));
    writeFileSync(join(dir, "my-app.2026-12-01.private-key.pem"), pem);
    expect(privateKeyFrom({}, dir)).toBe(pem);
    writeFileSync(join(dir, "other.pem"), pem);
    expect(() => privateKeyFrom({}, dir)).toThrow(
      /^several \.pem files in .* \(my-app\.2026-12-01\.private-key\.pem, other\.pem\): set PRIVATE_KEY_PATH/,
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it("prefers PRIVATE_KEY to PRIVATE_KEY_PATH, as Probot does, and needs APP_ID with a key", () => {
    expect(privateKeyFrom({ PRIVATE_KEY: pem, PRIVATE_KEY_PATH: "/nowhere.pem" }, "/")).toBe(pem);
    expect(startupEnv({}, "/")).toEqual({});
    expect(() => startupEnv({ APP_ID: "1" }, "/")).toThrow(
      new StartupError("APP_ID is set but there is no private key: set PRIVATE_KEY or PRIVATE_KEY_PATH"),
    );
    expect(() => startupEnv({ PRIVATE_KEY: pem }, "/")).toThrow(
      new StartupError(
        "APP_ID is not set: give the App's ID (its settings page shows it) with the private key",
      ),
    );
  });
});
