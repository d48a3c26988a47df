import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { createNodeMiddleware, Probot } from "probot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postmortemTracker } from "../../src/app/app.ts";
import { mergedPullRequest, privateKey, REPO, REPORT, TestOctokit } from "../support/app-harness.ts";
import { FakeGitHub } from "../support/fake-github.ts";
import { interceptGitHub } from "../support/nock-github.ts";

const secret = "webhook-secret";
let server: Server;
let url: string;
const fake = new FakeGitHub();

beforeAll(async () => {
  nock.disableNetConnect();
  // nock also sees fetch to 127.0.0.1: let the webhook requests through to the real server.
  nock.enableNetConnect("127.0.0.1");
  interceptGitHub(fake);
  const repo = fake.repo(REPO);
  repo.commits.set("s1", new Map([[REPORT, "# T\n\n## Action items\n\n- [ ] Add an alert\n"]]));
  repo.pulls.set(101, { mergeSha: "s1", files: [{ filename: REPORT, status: "added" }] });
  fake.addIssue(REPO, { title: "Add the checkout postmortem" });
  const [conversation] = repo.issues.splice(0, 1);
  if (conversation) repo.pullIssues.set(101, { ...conversation, number: 101 });
  const probot = new Probot({ appId: 1, privateKey, secret, Octokit: TestOctokit, logLevel: "fatal" });
  const middleware = await createNodeMiddleware((app) => postmortemTracker(app), { probot });
  server = createServer((req, res) => {
    Promise.resolve(middleware(req, res)).then((handled) => {
      if (!handled) {
        res.statusCode = 404;
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  nock.cleanAll();
  nock.enableNetConnect();
});

function post(body: string, signature?: string) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-github-event": "pull_request",
    "x-github-delivery": "d-1",
  };
  if (signature) headers["x-hub-signature-256"] = signature;
  return fetch(url, { method: "POST", headers, body });
}

const sign = (body: string, key = secret) => `sha256=${createHmac("sha256", key).update(body).digest("hex")}`;

describe("the webhook endpoint", () => {
  it("rejects a wrong or missing signature with 400 and does nothing", async () => {
    const body = JSON.stringify(mergedPullRequest(101, "s1"));
    expect((await post(body)).status).toBe(400);
    expect((await post(body, sign(body, "not-the-secret"))).status).toBe(400);
    expect(fake.repo(REPO).issues).toEqual([]);
  });

  it("accepts a correctly signed delivery and files the issues", async () => {
    const body = JSON.stringify(mergedPullRequest(101, "s1"));
    const response = await post(body, sign(body));
    expect(response.status).toBe(200);
    expect(fake.repo(REPO).issues.map((i) => i.title)).toEqual(["Postmortem follow-up: T", "Add an alert"]);
    expect(fake.problems).toEqual([]);
  });
});
