import nock from "nock";
import type { FakeGitHub } from "./fake-github.ts";

/** Routes every request to api.github.com through the fake, with nock (15: the reply gets a fetch Request). */
export function interceptGitHub(fake: FakeGitHub, base = "https://api.github.com"): void {
  for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"] as const) {
    nock(base)
      .persist()
      .intercept(/.*/, method)
      .reply(async (request: Request) => {
        const reply = fake.handle(
          method,
          request.url,
          await request.text(),
          request.headers.get("accept") ?? "",
          request.headers.get("authorization") ?? "",
        );
        if (reply.raw) return [reply.status, String(reply.body), { "content-type": "text/plain" }];
        const body = reply.body === undefined ? "" : JSON.stringify(reply.body);
        return [reply.status, body, { "content-type": "application/json; charset=utf-8", ...reply.headers }];
      });
  }
}
