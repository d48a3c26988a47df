import type { Context, Probot } from "probot";
import { CONFIG_PATH, validateConfig } from "../config/load.ts";
import type { Config } from "../config/schema.ts";
import { Gateway, toExisting } from "../github/gateway.ts";
import { withLock } from "../github/lock.ts";
import type { Logger } from "../github/octokit.ts";
import { publishCheckRun, reviewPullRequest } from "../github/review.ts";
import {
  type Deps,
  fromPullRequestFiles,
  fromPushCommits,
  isReportPath,
  syncIssueState,
  syncMerge,
} from "../github/sync.ts";

/** The GitHub App: wires webhook events into the shared core. */

type AnyContext = Context<
  | "pull_request.closed"
  | "pull_request.opened"
  | "pull_request.synchronize"
  | "pull_request.reopened"
  | "push"
  | "issues.closed"
  | "issues.reopened"
>;

const CONFIG_NOTICE = "<!-- postmortem-tracker config -->";

function logger(context: AnyContext): Logger {
  return {
    info: (m) => context.log.info(m),
    warn: (m) => context.log.warn(m),
    debug: (m) => context.log.debug(m),
  };
}

async function readConfig(
  context: AnyContext,
): Promise<{ ok: true; config: Config } | { ok: false; message: string }> {
  try {
    // context.config reads .github/postmortem-tracker.yml, with the organisation's .github repository and _extends.
    return validateConfig(await context.config("postmortem-tracker.yml"));
  } catch (error) {
    return { ok: false, message: `${CONFIG_PATH} could not be read: ${(error as Error).message}` };
  }
}

export function postmortemTracker(app: Probot, options: { now?: () => Date } = {}): void {
  const now = options.now ?? (() => new Date());
  let bot: Promise<string> | null = null;
  // Only issues written by this account are trusted as ours.
  const botLogin = () => {
    bot ??= app.auth().then(async (octokit) => {
      const { data } = await octokit.request("GET /app");
      return `${(data as { slug: string }).slug}[bot]`;
    });
    bot.catch(() => {
      bot = null;
    });
    return bot;
  };

  async function deps(context: AnyContext, config: Config): Promise<Deps> {
    return {
      gateway: new Gateway({ octokit: context.octokit, log: logger(context), dryRun: config["dry-run"] }),
      config,
      botLogin: await botLogin(),
      log: logger(context),
      now,
    };
  }

  const serverUrl = (htmlUrl: string) => new URL(htmlUrl).origin;

  app.on("pull_request.closed", async (context) => {
    const pr = context.payload.pull_request;
    const repository = context.payload.repository;
    if (!pr.merged || !pr.merge_commit_sha || pr.base.ref !== repository.default_branch) return;
    const repo = context.repo();
    await withLock(`${repo.owner}/${repo.repo}`, async () => {
      const loaded = await readConfig(context);
      if (!loaded.ok) {
        context.log.error(loaded.message);
        const gateway = new Gateway({ octokit: context.octokit, log: logger(context) });
        const login = await botLogin();
        const comments = await gateway.comments(repo, pr.number);
        if (!comments.some((c) => c.author === login && c.body.includes(loaded.message))) {
          const body = `Nothing was filed for this merge: ${loaded.message}\n\n${CONFIG_NOTICE}`;
          await gateway.apply([{ op: "comment", repo, issue: { existing: pr.number }, body }]);
        }
        return;
      }
      const d = await deps(context, loaded.config);
      const files = await d.gateway.pullRequestFiles(repo, pr.number);
      const changed = fromPullRequestFiles(files);
      if (!changed.some((f) => !f.removed && isReportPath(f.path, loaded.config))) return;
      await syncMerge(
        {
          source: repo,
          sha: pr.merge_commit_sha as string,
          pullRequest: pr.number,
          serverUrl: serverUrl(repository.html_url),
          files: changed,
        },
        d,
      );
    });
  });

  // The review: one check run per head commit of a pull request that changes a report.
  app.on(["pull_request.opened", "pull_request.synchronize", "pull_request.reopened"], async (context) => {
    const pr = context.payload.pull_request;
    const repo = context.repo();
    const loaded = await readConfig(context);
    if (!loaded.ok) {
      context.log.error(loaded.message);
      return;
    }
    const d = await deps(context, loaded.config);
    const files = await d.gateway.pullRequestFiles(repo, pr.number);
    const changed = fromPullRequestFiles(files);
    if (!changed.some((f) => !f.removed && isReportPath(f.path, loaded.config))) return;
    const reports = await reviewPullRequest({
      gateway: d.gateway,
      repo,
      pullRequest: pr.number,
      headSha: pr.head.sha,
      files: changed,
      config: loaded.config,
      botLogin: d.botLogin,
      serverUrl: serverUrl(context.payload.repository.html_url),
      now,
      log: d.log,
    });
    await publishCheckRun(d.gateway, repo, pr.head.sha, reports, loaded.config.review["fail-on"], d.log);
  });

  app.on("push", async (context) => {
    const payload = context.payload;
    const repository = payload.repository;
    if (
      payload.deleted ||
      payload.ref !== `refs/heads/${repository.default_branch}` ||
      payload.commits.length === 0
    )
      return;
    const repo = context.repo();
    const files = fromPushCommits(payload.commits);
    await withLock(`${repo.owner}/${repo.repo}`, async () => {
      const loaded = await readConfig(context);
      if (!loaded.ok) {
        context.log.error(loaded.message);
        return;
      }
      if (!files.some((f) => !f.removed && isReportPath(f.path, loaded.config))) return;
      const d = await deps(context, loaded.config);
      // A merged pull request is synced from its own event, which can also comment on it.
      const pulls = await d.gateway.call<{ merged_at: string | null; merge_commit_sha: string | null }[]>(
        "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        { ...repo, commit_sha: payload.after },
      );
      if (pulls.some((p) => p.merged_at && p.merge_commit_sha === payload.after)) return;
      await syncMerge(
        {
          source: repo,
          sha: payload.after,
          pullRequest: null,
          serverUrl: serverUrl(repository.html_url),
          files: files,
        },
        d,
      );
    });
  });

  app.on(["issues.closed", "issues.reopened"], async (context) => {
    const { issue, repository, sender } = context.payload;
    if (issue.labels?.length === 0) return;
    const repo = context.repo();
    await withLock(`${repo.owner}/${repo.repo}`, async () => {
      const login = await botLogin();
      if (sender.login === login) return;
      const loaded = await readConfig(context);
      if (!loaded.ok) {
        context.log.error(loaded.message);
        return;
      }
      const existing = toExisting(repo, issue as unknown as Parameters<typeof toExisting>[1]);
      await syncIssueState(
        repo,
        existing,
        serverUrl(repository.html_url),
        await deps(context, loaded.config),
      );
    });
  });
}

export default postmortemTracker;
