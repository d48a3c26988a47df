// Extracts the GitHub REST operations this project calls from GitHub's OpenAPI description
// (the `@octokit/openapi` package, 385 MB installed, never a dependency) into the small committed
// fixture test/fixtures/github-openapi.json, which test/support/openapi.ts validates requests against.
//
// `node scripts/openapi-subset.ts [VERSION]`: VERSION of @octokit/openapi to extract from; defaults to
// the one the installed @octokit/openapi-types was generated from (its package.json
// `octokit.openapi-version`), so the fixture describes the same API as the types our code compiles
// against. Pass `latest` (or any version) to move on; then update @octokit/rest too.
//
// The fixture holds, per operation: method, path template, operationId, path/query parameters and the
// application/json request body schema, with every `$ref` inlined and OpenAPI 3.0's `nullable: true`
// rewritten into plain JSON Schema (ajv rejects `nullable` without `type`).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";

/** The REST operations the project calls (method, path template as in the description). */
const OPERATIONS: readonly (readonly [string, string])[] = [
  ["POST", "/repos/{owner}/{repo}/issues"],
  ["GET", "/repos/{owner}/{repo}/issues"],
  ["GET", "/repos/{owner}/{repo}/issues/{issue_number}"],
  ["PATCH", "/repos/{owner}/{repo}/issues/{issue_number}"],
  ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels"],
  ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"],
  ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/assignees"],
  ["GET", "/repos/{owner}/{repo}/assignees/{assignee}"],
  ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues"],
  ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues"],
  ["GET", "/repos/{owner}/{repo}/labels"],
  ["GET", "/repos/{owner}/{repo}/labels/{name}"],
  ["POST", "/repos/{owner}/{repo}/labels"],
  ["PATCH", "/repos/{owner}/{repo}/labels/{name}"],
  ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files"],
  ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  ["GET", "/repos/{owner}/{repo}/contents/{path}"],
  ["GET", "/repos/{owner}/{repo}/git/blobs/{file_sha}"],
  ["GET", "/repos/{owner}/{repo}/compare/{basehead}"],
  ["GET", "/repos/{owner}/{repo}/commits/{commit_sha}/pulls"],
  ["GET", "/repos/{owner}/{repo}"],
  ["POST", "/repos/{owner}/{repo}/check-runs"],
  ["PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}"],
  ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs"],
  ["GET", "/app"],
  ["POST", "/repos/{owner}/{repo}/git/refs"],
  ["PATCH", "/repos/{owner}/{repo}/git/refs/{ref}"],
  ["PUT", "/repos/{owner}/{repo}/contents/{path}"],
  ["GET", "/repos/{owner}/{repo}/pulls"],
  ["POST", "/repos/{owner}/{repo}/pulls"],
  ["GET", "/app/installations"],
  ["GET", "/search/issues"],
  ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/timeline"],
  ["GET", "/repos/{owner}/{repo}/collaborators/{username}/permission"],
  ["GET", "/repos/{owner}/{repo}/git/ref/{ref}"],
];

const SPEC_FILE = "generated/api.github.com.json";
const root = fileURLToPath(new URL("..", import.meta.url));
const outFile = join(root, "test/fixtures/github-openapi.json");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function defaultVersion(): string {
  const file = join(root, "node_modules/@octokit/openapi-types/package.json");
  if (existsSync(file)) {
    const version = JSON.parse(readFileSync(file, "utf8"))?.octokit?.["openapi-version"];
    if (typeof version === "string") return version;
  }
  throw new Error("cannot tell which @octokit/openapi version to use: pass one, e.g. `latest`");
}

/** Downloads the package tarball with `npm pack` and extracts only the two files needed. */
function fetchSpec(requested: string) {
  const tmp = mkdtempSync(join(tmpdir(), "octokit-openapi-"));
  try {
    const shell = process.platform === "win32";
    const packed = JSON.parse(
      execFileSync("npm", ["pack", `@octokit/openapi@${requested}`, "--json", "--pack-destination", tmp], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
        shell,
        maxBuffer: 64 * 1024 * 1024,
      }),
    )[0] as { version: string; filename: string; integrity: string };
    execFileSync("tar", ["-xzf", packed.filename, "package/package.json", `package/${SPEC_FILE}`], {
      cwd: tmp,
      stdio: "inherit",
    });
    const pkg = JSON.parse(readFileSync(join(tmp, "package/package.json"), "utf8")) as { version: string };
    const spec = JSON.parse(readFileSync(join(tmp, "package", SPEC_FILE), "utf8")) as JsonObject;
    return { version: pkg.version, integrity: packed.integrity, spec };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// --- $ref resolution and OpenAPI 3.0 -> JSON Schema ------------------------------------------------

function resolvePointer(spec: JsonObject, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`external $ref not supported: ${ref}`);
  let node: Json = spec;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isObject(node) || !(key in node)) throw new Error(`unresolvable $ref: ${ref}`);
    node = node[key] as Json;
  }
  return node;
}

/** Follows a `$ref` chain on a non-schema object (parameter, request body). */
function deref(spec: JsonObject, node: Json): JsonObject {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref chain too long: ${current.$ref}`);
    current = resolvePointer(spec, current.$ref);
  }
  if (!isObject(current)) throw new Error("expected an object");
  return current;
}

// OpenAPI-only keywords that JSON Schema validators do not need; `discriminator` is dropped because
// its mapping points at components by $ref and validation does not depend on it.
const DROPPED = new Set(["example", "examples", "externalDocs", "xml", "discriminator"]);
const SCHEMA_MAPS = ["properties", "patternProperties"];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf"];
const SCHEMA_SINGLES = ["items", "additionalProperties", "not"];
const ANNOTATIONS = ["title", "description", "deprecated", "readOnly", "writeOnly", "default"];

let cycles = 0;

/** Returns a self-contained JSON Schema: refs inlined (a cycle becomes `{}`), `nullable` rewritten. */
function toJsonSchema(spec: JsonObject, node: Json, seen: readonly string[] = []): Json {
  if (typeof node === "boolean") return node;
  if (!isObject(node)) throw new Error(`not a schema: ${JSON.stringify(node)}`);
  if (typeof node.$ref === "string") {
    // OpenAPI 3.0 ignores the siblings of a $ref.
    if (seen.includes(node.$ref)) {
      cycles++;
      return { $comment: `circular reference to ${node.$ref} not expanded` };
    }
    return toJsonSchema(spec, resolvePointer(spec, node.$ref), [...seen, node.$ref]);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith("x-")) continue;
    if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(spec, v, seen)]));
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((v) => toJsonSchema(spec, v, seen));
    } else if (SCHEMA_SINGLES.includes(key) && (isObject(value) || typeof value === "boolean")) {
      out[key] = toJsonSchema(spec, value, seen);
    } else {
      out[key] = value;
    }
  }
  // OpenAPI 3.0 (draft-4 style) boolean exclusiveMinimum/Maximum -> numeric form.
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof out[exclusive] === "boolean") {
      if (out[exclusive] === true && typeof out[bound] === "number") {
        out[exclusive] = out[bound];
        delete out[bound];
      } else delete out[exclusive];
    }
  }
  return rewriteNullable(out);
}

/**
 * `nullable: true` allows null in addition to what the schema allows. With a single `type` and no
 * composition keyword this becomes `type: [T, "null"]` (plus `null` in an `enum`, which is what
 * GitHub means by a nullable enum); otherwise the schema is wrapped: `anyOf: [schema, {type: "null"}]`.
 */
function rewriteNullable(schema: JsonObject): JsonObject {
  const { nullable, ...rest } = schema;
  if (nullable !== true) return rest;
  const composite = [...SCHEMA_LISTS, "not"].some((key) => key in rest);
  if (typeof rest.type === "string" && !composite) {
    const out: JsonObject = { ...rest, type: [rest.type, "null"] };
    if (Array.isArray(rest.enum) && !rest.enum.includes(null)) out.enum = [...rest.enum, null];
    return out;
  }
  if (Array.isArray(rest.type) && !composite && !("enum" in rest)) {
    return rest.type.includes("null") ? rest : { ...rest, type: [...rest.type, "null"] };
  }
  const outer: JsonObject = {};
  const inner: JsonObject = {};
  for (const [key, value] of Object.entries(rest)) (ANNOTATIONS.includes(key) ? outer : inner)[key] = value;
  if (Object.keys(inner).length === 0) return outer; // `{nullable: true}` alone allows anything
  if (Array.isArray(inner.enum) && !inner.enum.includes(null)) inner.enum = [...inner.enum, null];
  return { ...outer, anyOf: [inner, { type: "null" }] };
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key] as Json)]),
  );
}

// --- extraction ----------------------------------------------------------------------------------

function extractOperation(spec: JsonObject, method: string, path: string): JsonObject {
  const paths = spec.paths as JsonObject;
  const item = isObject(paths[path]) ? deref(spec, paths[path]) : undefined;
  const operation = item?.[method.toLowerCase()];
  if (!item || !isObject(operation)) throw new Error(`no operation ${method} ${path} in ${SPEC_FILE}`);

  // Path-item parameters apply unless the operation overrides them (same name and location).
  const parameters = new Map<string, JsonObject>();
  for (const list of [item.parameters, operation.parameters]) {
    for (const ref of Array.isArray(list) ? list : []) {
      const p = deref(spec, ref);
      if (p.in !== "path" && p.in !== "query") continue; // headers and cookies are not checked
      parameters.set(`${p.in}:${p.name}`, p);
    }
  }
  const params = [...parameters.values()].map((p) => {
    const out: JsonObject = {
      in: p.in as string,
      name: p.name as string,
      required: p.required === true,
      schema: toJsonSchema(spec, p.schema ?? {}),
    };
    if (p["x-multi-segment"] === true) out.multiSegment = true;
    return out;
  });
  const placeholders = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  for (const name of placeholders) {
    if (!parameters.has(`path:${name}`)) throw new Error(`${method} ${path}: no path parameter ${name}`);
  }

  const result: JsonObject = {
    method,
    path,
    operationId: operation.operationId as string,
    parameters: params,
  };
  if (operation.requestBody !== undefined) {
    const body = deref(spec, operation.requestBody);
    const content = (body.content ?? {}) as JsonObject;
    const json = content["application/json"];
    if (!isObject(json)) {
      throw new Error(`${method} ${path}: no application/json body (${Object.keys(content).join(", ")})`);
    }
    result.requestBody = {
      required: body.required === true,
      schema: toJsonSchema(spec, json.schema ?? {}),
    };
  }
  return sortKeys(result) as JsonObject;
}

/** Fails if the output still has OpenAPI-isms or a schema ajv cannot compile. */
function check(operations: JsonObject[]): void {
  const text = JSON.stringify(operations);
  if (text.includes('"$ref"')) throw new Error("a $ref was left in the output");
  if (text.includes('"nullable"')) throw new Error("a nullable was left in the output");
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true, logger: false }));
  for (const op of operations) {
    const body = op.requestBody as JsonObject | undefined;
    if (body) ajv.compile(body.schema as object);
  }
}

const requested = process.argv[2] ?? defaultVersion();
const { version, integrity, spec } = fetchSpec(requested);
const info = spec.info as JsonObject;

const operations = OPERATIONS.map(([method, path]) => extractOperation(spec, method, path)).sort(
  (a, b) =>
    (a.path as string).localeCompare(b.path as string) ||
    (a.method as string).localeCompare(b.method as string),
);
check(operations);

const fixture = {
  $comment:
    "Generated by `node scripts/openapi-subset.ts`; do not edit. Subset of GitHub's REST description.",
  source: {
    package: "@octokit/openapi",
    packageVersion: version,
    integrity,
    file: SPEC_FILE,
    infoVersion: info.version,
    openapi: spec.openapi,
    extractedOn: new Date().toISOString().slice(0, 10),
  },
  operations,
};
writeFileSync(outFile, `${JSON.stringify(fixture, null, 2)}\n`);

const kb = (statSync(outFile).size / 1024).toFixed(1);
console.log(
  `${outFile}: ${operations.length} operations from @octokit/openapi@${version} (info.version ${String(info.version)}), ${kb} KB` +
    (cycles ? `, ${cycles} circular $ref(s) left unexpanded` : ""),
);
