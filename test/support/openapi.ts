// Checks REST requests against the subset of GitHub's OpenAPI description in
// test/fixtures/github-openapi.json (regenerate with `node scripts/openapi-subset.ts`; an operation
// the code starts calling must be added to the list in that script first).
import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

export interface OpenApiParameter {
  in: "path" | "query";
  name: string;
  required: boolean;
  schema: object;
  /** The value may contain `/` (`x-multi-segment` in the description), e.g. a contents path. */
  multiSegment?: boolean;
}

export interface OpenApiOperation {
  method: string;
  path: string;
  operationId: string;
  parameters: OpenApiParameter[];
  requestBody?: { required: boolean; schema: object };
}

export interface OpenApiSubset {
  source: {
    package: string;
    packageVersion: string;
    integrity: string;
    file: string;
    infoVersion: string;
    openapi: string;
    extractedOn: string;
  };
  operations: OpenApiOperation[];
}

export interface ValidateOptions {
  /**
   * Also report body properties the description does not list. GitHub ignores unknown properties
   * and most of its body schemas allow them, so this is off by default; turn it on to catch typos.
   */
  rejectUnknownProperties?: boolean;
}

interface Route {
  operation: OpenApiOperation;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  multiSegments: number;
}

type Plugin = (ajv: Ajv) => Ajv;
const addFormats: Plugin =
  (addFormatsModule as unknown as { default?: Plugin }).default ?? (addFormatsModule as unknown as Plugin);

let subset: OpenApiSubset | undefined;
let routes: Route[] | undefined;
let bodyAjv: Ajv | undefined;
let paramAjv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** The parsed fixture (read once). */
export function githubOpenApiSubset(): OpenApiSubset {
  subset ??= JSON.parse(
    readFileSync(new URL("../fixtures/github-openapi.json", import.meta.url), "utf8"),
  ) as OpenApiSubset;
  return subset;
}

function getRoutes(): Route[] {
  routes ??= githubOpenApiSubset().operations.map((operation) => {
    const multi = new Set(operation.parameters.filter((p) => p.multiSegment).map((p) => p.name));
    const names: string[] = [];
    const source = operation.path
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(name);
        return multi.has(name) ? "(.+)" : "([^/]+)";
      })
      .join("");
    return {
      operation,
      pattern: new RegExp(`^${source}$`),
      names,
      literalSegments: operation.path.split("/").filter((s) => s !== "" && !s.startsWith("{")).length,
      multiSegments: names.filter((n) => multi.has(n)).length,
    };
  });
  return routes;
}

function newAjv(coerceTypes: boolean): Ajv {
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false }));
  // Formats of the description that ajv-formats does not define (e.g. "repo.nwo") are not checked.
  for (const name of ["repo.nwo", "timestamp"]) if (!(name in ajv.formats)) ajv.addFormat(name, true);
  return ajv;
}

function compiled(key: string, coerce: boolean, build: () => object): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    if (coerce) paramAjv ??= newAjv(true);
    else bodyAjv ??= newAjv(false);
    const ajv = (coerce ? paramAjv : bodyAjv) as Ajv;
    validate = ajv.compile(build());
    validators.set(key, validate);
  }
  return validate;
}

/** Deep copy of a schema with `additionalProperties: false` on every object schema that lists properties. */
function closeObjects(schema: unknown, inAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((s) => closeObjects(s, inAllOf));
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" || key === "patternProperties") {
      out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closeObjects(v)]));
    } else if (key === "enum" || key === "required" || key === "default") {
      out[key] = value;
    } else {
      out[key] = closeObjects(value, key === "allOf");
    }
  }
  // Members of an allOf each see the whole object, so closing them would reject the others' properties.
  if ("properties" in out && !("additionalProperties" in out) && !inAllOf) out.additionalProperties = false;
  return out;
}

function parseUrl(url: string): { path: string; query: URLSearchParams } {
  const parsed = new URL(url, "https://api.github.com");
  let path = parsed.pathname;
  // GitHub Enterprise Server serves the REST API under /api/v3.
  if (path === "/api/v3" || path.startsWith("/api/v3/")) path = path.slice("/api/v3".length) || "/";
  return { path, query: parsed.searchParams };
}

function findOperation(method: string, path: string): { route: Route; values: string[] } | { error: string } {
  const matches = getRoutes()
    .map((route) => ({ route, match: route.pattern.exec(path) }))
    .filter((m): m is { route: Route; match: RegExpExecArray } => m.match !== null)
    // A literal segment is more specific than a parameter, a one-segment parameter than a multi-segment one.
    .sort(
      (a, b) =>
        b.route.literalSegments - a.route.literalSegments || a.route.multiSegments - b.route.multiSegments,
    );
  const upper = method.toUpperCase();
  const found = matches.find((m) => m.route.operation.method === upper);
  if (found) return { route: found.route, values: found.match.slice(1) };
  const others = matches.map((m) => `${m.route.operation.method} ${m.route.operation.path}`);
  return {
    error:
      `no such operation: ${upper} ${path}` +
      (others.length > 0 ? ` (the subset only has ${[...new Set(others)].join(", ")} for this path)` : "") +
      "; if GitHub has it, add it to scripts/openapi-subset.ts and regenerate",
  };
}

/** The operationId of the operation `method` + `url` calls, or null if the subset has none. */
export function operationFor(method: string, url: string): string | null {
  const found = findOperation(method, parseUrl(url).path);
  return "route" in found ? found.route.operation.operationId : null;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? error.keyword;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    message += `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (error.keyword === "additionalProperties") {
    message += `: ${JSON.stringify(params.additionalProperty)}`;
  }
  return message;
}

function checkParameters(
  operation: OpenApiOperation,
  pathValues: Map<string, string>,
  query: URLSearchParams,
) {
  const errors: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, raw] of pathValues) {
    try {
      values[`path:${name}`] = decodeURIComponent(raw);
    } catch {
      errors.push(`path parameter ${name} is not valid percent-encoding: ${JSON.stringify(raw)}`);
    }
  }
  for (const name of new Set(query.keys())) {
    const all = query.getAll(name);
    values[`query:${name}`] = all.length === 1 ? all[0] : all;
  }
  const validate = compiled(`${operation.operationId} parameters`, true, () => ({
    type: "object",
    properties: Object.fromEntries(operation.parameters.map((p) => [`${p.in}:${p.name}`, p.schema])),
    required: operation.parameters.filter((p) => p.required).map((p) => `${p.in}:${p.name}`),
    additionalProperties: false,
  }));
  if (!validate(values)) {
    for (const error of validate.errors ?? []) {
      const params = error.params as Record<string, unknown>;
      if (error.keyword === "additionalProperties") {
        const [where, name] = String(params.additionalProperty).split(/:(.*)/s);
        errors.push(`unknown ${where} parameter ${JSON.stringify(name)}`);
      } else if (error.keyword === "required") {
        const [where, name] = String(params.missingProperty).split(/:(.*)/s);
        errors.push(`missing required ${where} parameter ${JSON.stringify(name)}`);
      } else {
        const [top = "", ...rest] = error.instancePath.slice(1).split("/");
        const [where, name] = top.split(/:(.*)/s);
        const at = rest.length > 0 ? `/${rest.join("/")}` : "";
        errors.push(`${where} parameter ${name}${at} ${describe(error)}`);
      }
    }
  }
  return errors;
}

const absent = (body: unknown) => body === undefined || body === null || body === "";

/**
 * Checks a request against GitHub's description: returns [] when it is valid, else readable errors.
 * `url` may be absolute or a path, with a query and a GitHub Enterprise `/api/v3` prefix. `body` is
 * the parsed JSON body (a string is parsed first, as nock hands over raw bodies); undefined, null or
 * "" mean no body. Path and query parameters are checked too: unknown query names, values of the
 * wrong type or outside an enum.
 */
export function validateGitHubRequest(
  method: string,
  url: string,
  body: unknown,
  options: ValidateOptions = {},
): string[] {
  const { path, query } = parseUrl(url);
  const found = findOperation(method, path);
  if ("error" in found) return [found.error];
  const { operation } = found.route;
  const label = `${operation.operationId} (${operation.method} ${operation.path})`;

  const pathValues = new Map(found.route.names.map((name, i) => [name, found.values[i] ?? ""]));
  const errors = checkParameters(operation, pathValues, query);

  const requestBody = operation.requestBody;
  if (!requestBody) {
    if (!absent(body)) errors.push("request body sent, but the operation takes none");
  } else if (absent(body)) {
    if (requestBody.required) errors.push("request body is required");
  } else {
    let data = body;
    let parsed = true;
    if (typeof body === "string") {
      try {
        data = JSON.parse(body);
      } catch {
        parsed = false;
        errors.push("request body is not JSON");
      }
    }
    if (parsed) {
      const strict = options.rejectUnknownProperties === true;
      const validate = compiled(`${operation.operationId} body${strict ? " closed" : ""}`, false, () =>
        strict ? (closeObjects(requestBody.schema) as object) : requestBody.schema,
      );
      if (!validate(data)) {
        for (const error of validate.errors ?? [])
          errors.push(`body${error.instancePath} ${describe(error)}`);
      }
    }
  }
  return [...new Set(errors)].map((error) => `${label}: ${error}`);
}
