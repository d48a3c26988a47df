import { describe, expect, it } from "vitest";
import { githubOpenApiSubset, operationFor, validateGitHubRequest } from "./support/openapi.ts";

describe("GitHub OpenAPI subset fixture", () => {
  it("records where it was extracted from", () => {
    const { source, operations } = githubOpenApiSubset();
    expect(source.package).toBe("@octokit/openapi");
    expect(source.packageVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(source.infoVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(source.extractedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(source.file).toBe("generated/api.github.com.json");
    expect(operations.length).toBeGreaterThanOrEqual(25);
  });

  it("has only plain JSON Schema left (no $ref, no nullable)", () => {
    const text = JSON.stringify(githubOpenApiSubset().operations);
    expect(text).not.toContain('"$ref"');
    expect(text).not.toContain('"nullable"');
  });
});

describe("operationFor", () => {
  it("finds operations from paths, absolute URLs and GHE URLs", () => {
    expect(operationFor("POST", "/repos/a/b/issues")).toBe("issues/create");
    expect(operationFor("get", "https://api.github.com/repos/a/b/issues/3?x=1")).toBe("issues/get");
    expect(operationFor("PATCH", "https://ghe.example.com/api/v3/repos/a/b/issues/3")).toBe("issues/update");
    expect(operationFor("PATCH", "/repos/a/b/issues/comments/9")).toBe("issues/update-comment");
    expect(operationFor("GET", "/repos/a/b")).toBe("repos/get");
    expect(operationFor("GET", "/app")).toBe("apps/get-authenticated");
  });

  it("lets multi-segment parameters contain slashes", () => {
    expect(operationFor("GET", "/repos/a/b/contents/docs/postmortems/2024-01.md?ref=main")).toBe(
      "repos/get-content",
    );
    expect(operationFor("GET", "/repos/a/b/compare/main...feature/x")).toBe(
      "repos/compare-commits-with-basehead",
    );
  });

  it("returns null for operations outside the subset", () => {
    expect(operationFor("PUT", "/repos/a/b/issues/3/lock")).toBeNull();
    expect(operationFor("DELETE", "/repos/a/b/issues/3")).toBeNull();
  });
});

describe("validateGitHubRequest", () => {
  it("accepts a valid create-issue body", () => {
    const body = {
      title: "Fix the alert",
      body: "From the postmortem",
      labels: ["postmortem"],
      assignees: ["o"],
    };
    expect(validateGitHubRequest("POST", "https://api.github.com/repos/a/b/issues", body)).toEqual([]);
  });

  it("accepts label objects when creating an issue", () => {
    const body = { title: "t", labels: [{ name: "postmortem", color: null }, "bug"] };
    expect(validateGitHubRequest("POST", "/repos/a/b/issues", body)).toEqual([]);
  });

  it("reports a missing or mistyped create-issue field with its JSON pointer", () => {
    expect(validateGitHubRequest("POST", "/repos/a/b/issues", { body: "no title" })).toEqual([
      "issues/create (POST /repos/{owner}/{repo}/issues): body must have required property 'title'",
    ]);
    // The description allows an integer title, so a boolean is the wrong type here.
    const errors = validateGitHubRequest("POST", "/repos/a/b/issues", { title: true, labels: "bug" });
    expect(
      errors.some((e) => e.startsWith("issues/create (POST /repos/{owner}/{repo}/issues): body/title")),
    ).toBe(true);
    expect(errors).toContain("issues/create (POST /repos/{owner}/{repo}/issues): body/labels must be array");
  });

  it("checks enums, including nullable ones, on PATCH", () => {
    const url = "/repos/a/b/issues/3";
    expect(validateGitHubRequest("PATCH", url, { state: "closed", state_reason: "not_planned" })).toEqual([]);
    expect(
      validateGitHubRequest("PATCH", url, { state: "open", state_reason: null, milestone: null }),
    ).toEqual([]);
    const errors = validateGitHubRequest("PATCH", url, { state: "closed", state_reason: "wontfix" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^issues\/update \(PATCH \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\): body\/state_reason must be equal to one of the allowed values: .*"not_planned"/,
    );
  });

  it("reports an operation the subset does not have", () => {
    const [error, ...rest] = validateGitHubRequest("POST", "/repos/a/b/issues/3/lock", {});
    expect(rest).toEqual([]);
    expect(error).toMatch(/^no such operation: POST \/repos\/a\/b\/issues\/3\/lock/);
    expect(validateGitHubRequest("DELETE", "/repos/a/b/issues/3", undefined)[0]).toMatch(
      /^no such operation: DELETE .*only has GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}, PATCH/,
    );
  });

  it("strips the GitHub Enterprise /api/v3 prefix", () => {
    const url = "https://github.example.com/api/v3/repos/a/b/issues/3/comments";
    expect(validateGitHubRequest("POST", url, { body: "hello" })).toEqual([]);
    expect(validateGitHubRequest("POST", url, {})).toEqual([
      "issues/create-comment (POST /repos/{owner}/{repo}/issues/{issue_number}/comments): body must have required property 'body'",
    ]);
  });

  it("parses string bodies and handles operations without a body", () => {
    expect(validateGitHubRequest("POST", "/repos/a/b/issues", '{"title":"t"}')).toEqual([]);
    expect(validateGitHubRequest("POST", "/repos/a/b/issues", "{not json")).toEqual([
      "issues/create (POST /repos/{owner}/{repo}/issues): request body is not JSON",
    ]);
    expect(validateGitHubRequest("POST", "/repos/a/b/issues", undefined)).toEqual([
      "issues/create (POST /repos/{owner}/{repo}/issues): request body is required",
    ]);
    expect(validateGitHubRequest("DELETE", "/repos/a/b/issues/3/labels/needs%20triage", undefined)).toEqual(
      [],
    );
    expect(validateGitHubRequest("GET", "/repos/a/b/issues/3", { x: 1 })).toEqual([
      "issues/get (GET /repos/{owner}/{repo}/issues/{issue_number}): request body sent, but the operation takes none",
    ]);
  });

  it("checks path and query parameters", () => {
    expect(
      validateGitHubRequest("GET", "/repos/a/b/issues?state=all&per_page=100&labels=a,b", undefined),
    ).toEqual([]);
    expect(validateGitHubRequest("GET", "/repos/a/b/issues?state=done&perpage=5", undefined)).toEqual([
      'issues/list-for-repo (GET /repos/{owner}/{repo}/issues): unknown query parameter "perpage"',
      'issues/list-for-repo (GET /repos/{owner}/{repo}/issues): query parameter state must be equal to one of the allowed values: "open", "closed", "all"',
    ]);
    expect(validateGitHubRequest("GET", "/repos/a/b/issues/undefined", undefined)).toEqual([
      "issues/get (GET /repos/{owner}/{repo}/issues/{issue_number}): path parameter issue_number must be integer",
    ]);
  });

  it("can reject body properties the description does not list", () => {
    const body = { title: "t", asignees: ["o"] };
    expect(validateGitHubRequest("POST", "/repos/a/b/issues", body)).toEqual([]);
    expect(
      validateGitHubRequest("POST", "/repos/a/b/issues", body, { rejectUnknownProperties: true }),
    ).toEqual([
      'issues/create (POST /repos/{owner}/{repo}/issues): body must NOT have additional properties: "asignees"',
    ]);
    const labels = { title: "t", labels: [{ name: "x" }] };
    expect(
      validateGitHubRequest("POST", "/repos/a/b/issues", labels, { rejectUnknownProperties: true }),
    ).toEqual([]);
  });

  it("validates check-run bodies", () => {
    const url = "/repos/a/b/check-runs";
    const body = {
      name: "postmortem-tracker",
      head_sha: "0123456789abcdef0123456789abcdef01234567",
      status: "completed",
      conclusion: "success",
      completed_at: "2024-05-01T12:00:00Z",
      output: { title: "2 open items", summary: "..." },
    };
    expect(validateGitHubRequest("POST", url, body)).toEqual([]);
    const bad = validateGitHubRequest("POST", url, { ...body, completed_at: "yesterday", conclusion: "ok" });
    expect(bad).toContain(
      'checks/create (POST /repos/{owner}/{repo}/check-runs): body/completed_at must match format "date-time"',
    );
    expect(bad.some((e) => e.includes("body/conclusion must be equal to one of the allowed values"))).toBe(
      true,
    );
  });
});
