import type { TrackerMarker } from "../marker.ts";
import { repoName } from "../model.ts";
import { reportOwners } from "../owners.ts";
import type { ReportContext } from "../render.ts";

/** The tracker's marker from the report at this merge (`now` is when it was first merged), without its items. */
export function markerBase(ctx: ReportContext, now: string): Omit<TrackerMarker, "items"> {
  const meta = ctx.report.frontMatter;
  return {
    v: 1,
    kind: "tracker",
    report: ctx.path,
    source: repoName(ctx.source),
    title: ctx.report.title,
    pr: ctx.pullRequest,
    ...(typeof meta.severity === "string" || typeof meta.severity === "number"
      ? { severity: String(meta.severity) }
      : {}),
    ...(typeof meta.date === "string" ? { date: meta.date } : {}),
    ...(reportOwners(meta).length > 0 ? { owners: reportOwners(meta) } : {}),
    sha: ctx.source.sha,
    merged: now,
  };
}
