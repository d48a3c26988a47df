import type { Probot } from "probot";
import { GitHubClient } from "../github/client.ts";

/** The App's own account, asked once: only issues written by it are trusted as ours. */
export function botAccount(app: Probot): () => Promise<string> {
  let login: Promise<string> | null = null;
  return () => {
    login ??= app.auth().then((octokit) => new GitHubClient({ octokit }).appLogin());
    // A failure is not remembered: the next event asks again.
    login.catch(() => {
      login = null;
    });
    return login;
  };
}
