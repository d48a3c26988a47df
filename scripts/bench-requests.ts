// The request budget of a sync: a 20-item report merged into a repository with a long history
// (500 closed trackers, 5,000 old action issues), counted at the fake GitHub behind nock.
import nock from "nock";
import { parseMarker } from "../src/tracking/marker.ts";
import { createHarness, REPO, REPORT } from "../test/support/app-harness.ts";

export async function syncRequests(): Promise<{
  total: number;
  creations: number;
  others: number;
  labels: number;
}> {
  nock.disableNetConnect();
  const h = createHarness();
  const bot = h.fake.botLogin;
  for (let t = 0; t < 500; t += 1) {
    const label = `pm:old-${t}`;
    const marker = `<!-- postmortem-tracker {"v":1,"kind":"tracker","report":"postmortems/old-${t}.md","source":"${REPO}","title":"Old ${t}","pr":null,"sha":"x","merged":"2025-01-01T00:00:00Z","items":[]} -->`;
    h.fake.addIssue(REPO, {
      title: `Postmortem follow-up: Old ${t}`,
      body: marker,
      state: "closed",
      state_reason: "completed",
      labels: ["postmortem-tracker", label],
      user: bot,
    });
    for (let i = 0; i < 10; i += 1) {
      h.fake.addIssue(REPO, {
        title: `Old action ${t}.${i}`,
        body: `<!-- postmortem-tracker {"v":1,"kind":"action","report":"postmortems/old-${t}.md","key":"k${i}"} -->`,
        state: "closed",
        state_reason: "completed",
        labels: ["postmortem-action", label, "priority: P2"],
        user: bot,
      });
    }
  }
  h.setConfig("issues:\n  max-items: 50\n");
  const items = Array.from(
    { length: 20 },
    (_, i) =>
      `- [ ] Action ${i}: add check number ${i} @dana due: 2027-01-${String(i + 1).padStart(2, "0")} P${i % 3}`,
  );
  const before = h.fake.requests.length;
  await h.merge({
    pr: 9001,
    sha: "bench-1",
    files: { [REPORT]: `# Bench\n\n## Action items\n\n${items.join("\n")}\n` },
  });
  const requests = h.fake.requests.slice(before).filter((r) => !r.path.startsWith("/app"));
  const created = h.fake
    .repo(REPO)
    .issues.filter((i) => parseMarker(i.body)?.kind === "action" && i.state === "open");
  if (created.length !== 20) throw new Error(`expected 20 new issues, found ${created.length}`);
  const creations =
    requests.filter((r) => r.method === "POST" && r.path === `/repos/${REPO}/issues`).length - 1; // less the tracker
  const labels = requests.filter((r) => r.method === "POST" && r.path.endsWith("/labels")).length;
  nock.cleanAll();
  nock.enableNetConnect();
  return { total: requests.length, creations, labels, others: requests.length - creations - labels };
}
