import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);

// src/github/octokit.ts
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : null;
}
function errorText(error) {
  const e = error;
  const detail = e.response?.data?.errors ? ` ${JSON.stringify(e.response.data.errors)}` : "";
  const permission = missingPermission(error);
  const needs = permission ? ` (the token needs ${permission})` : "";
  return `${e.response?.data?.message ?? e.message ?? String(error)}${detail}${needs}`;
}
var permissionByRoute = [
  [/\/check-runs/, "checks: write"],
  [/\/pulls\b/, "pull-requests: write"],
  [/\/(contents|git)\//, "contents: write"],
  [/\/(issues|labels)\b|\/graphql$/, "issues: write"]
];
function missingPermission(error) {
  if (httpStatus(error) !== 403) return null;
  const e = error;
  const accepted = e.response?.headers?.["x-accepted-github-permissions"];
  if (accepted)
    return accepted.split(";").map((set) => set.trim().replaceAll("=", ": ").replaceAll("_", "-")).filter(Boolean).join(" or ");
  if (!/not accessible|permission/i.test(e.response?.data?.message ?? "")) return null;
  const url = e.request?.url ?? "";
  const write = e.request?.method !== "GET";
  const found = permissionByRoute.find(([route]) => route.test(new URL(url, "http://x").pathname));
  return found ? write ? found[1] : found[1].replace("write", "read") : null;
}

export {
  httpStatus,
  errorText
};
