import type { FakeGitHub, FakeIssue } from "./fake-github.ts";

/** An incident's issue as people left it: labels, an assignee, comments, a linked pull request. */
export function seedIncident(fake: FakeGitHub, repo: string): FakeIssue {
  const [owner] = repo.split("/");
  const r = fake.repo(repo);
  // The default branch's one commit, for the draft's branch to start from.
  if (r.commits.size === 0) r.commits.set("c0", new Map([["README.md", "# platform\n"]]));
  r.roles.set("dana", "write");
  r.roles.set("lee", "maintain");
  r.roles.set("rae", "read");
  return fake.addIssue(repo, {
    title: "Checkout latency spike",
    user: "dana",
    labels: ["incident", "sev2"],
    assignees: ["lee"],
    created_at: "2026-11-03T13:12:05Z",
    comments: [
      {
        id: 501,
        user: "lee",
        body: "Alert fired: p99 checkout latency above 3 s since the 13:05 deploy. Checking the pool.",
        created_at: "2026-11-03T13:20:00Z",
      },
    ],
    events: [
      {
        event: "labeled",
        actor: { login: "dana" },
        label: { name: "sev2" },
        created_at: "2026-11-03T13:12:30Z",
      },
      {
        event: "assigned",
        actor: { login: "dana" },
        assignee: { login: "lee" },
        created_at: "2026-11-03T13:21:00Z",
      },
      { event: "subscribed", actor: { login: "kim" }, created_at: "2026-11-03T13:22:00Z" },
      {
        event: "cross-referenced",
        actor: { login: "lee" },
        created_at: "2026-11-03T14:02:00Z",
        source: {
          type: "issue",
          issue: {
            number: 45,
            title: "Revert pool size change",
            html_url: `https://github.com/${repo}/pull/45`,
            pull_request: { url: `https://api.github.com/repos/${repo}/pulls/45` },
            repository: { full_name: repo, owner: { login: owner } },
          },
        },
      },
    ],
  });
}

/** Someone's comment on the issue: on the fake, as GitHub keeps it, and the id it got. */
export function addComment(issue: FakeIssue, user: string, body: string, at: string): number {
  const id = 600 + issue.comments.length;
  issue.comments.push({ id, user, body, created_at: at });
  return id;
}
