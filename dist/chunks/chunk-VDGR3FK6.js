import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);

// src/github/octokit.ts
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : null;
}
function errorText(error) {
  const e = error;
  const detail = e.response?.data?.errors ? ` ${JSON.stringify(e.response.data.errors)}` : "";
  return `${e.response?.data?.message ?? e.message ?? String(error)}${detail}`;
}

export {
  httpStatus,
  errorText
};
