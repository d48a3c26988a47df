import type { FindingSeverity } from "./types.ts";

/** The review's verdict, as a check run's conclusion: the one `fail-on` rule of the check and of `lint`. */
export type Conclusion = "success" | "neutral" | "failure";

/**
 * Failure on a finding at the `fail-on` level or worse ("never": no failure); otherwise neutral when
 * there is an error or a warning, and success when there are only notices, or nothing.
 */
export function conclusionOf(
  findings: { severity: FindingSeverity }[],
  failOn: "error" | "warning" | "never",
): Conclusion {
  const errors = findings.some((f) => f.severity === "error");
  const warnings = findings.some((f) => f.severity === "warning");
  if (failOn === "error" && errors) return "failure";
  if (failOn === "warning" && (errors || warnings)) return "failure";
  return errors || warnings ? "neutral" : "success";
}
