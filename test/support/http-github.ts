import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeGitHub } from "./fake-github.ts";

/** A request the test holds back: who sent it (the User-Agent), and letting it through. */
export interface Held {
  agent: string;
  /** Lets it reach the fake, unless its sender has gone (a killed process's request never lands). */
  release(): void;
}

type Matcher = (req: { method: string; path: string; body: string }) => boolean;

export interface ServedGitHub {
  url: string;
  close: () => Promise<void>;
  /** Holds the next request that matches until released; resolves once it arrives. */
  hold(matches: Matcher): Promise<Held>;
}

/** Serves the fake on 127.0.0.1 for child processes (the bundled Action, App instances) to talk to. */
export async function serveGitHub(fake: FakeGitHub): Promise<ServedGitHub> {
  const holds: { matches: Matcher; arrived: (held: Held) => void }[] = [];
  const answer = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const reply = fake.handle(
      req.method ?? "GET",
      req.url ?? "/",
      body,
      String(req.headers.accept ?? ""),
      String(req.headers.authorization ?? ""),
    );
    if (reply.raw) {
      res.writeHead(reply.status, { "content-type": "text/plain" });
      res.end(String(reply.body));
      return;
    }
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...reply.headers });
    res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const path = new URL(req.url ?? "/", "http://x").pathname.replace(/^\/api\/v3/, "");
      const at = holds.findIndex((h) => h.matches({ method: req.method ?? "GET", path, body }));
      if (at < 0) return answer(req, res, body);
      const [hold] = holds.splice(at, 1);
      hold?.arrived({
        agent: String(req.headers["user-agent"] ?? ""),
        release: () => {
          if (!req.socket.destroyed) answer(req, res, body);
        },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    hold: (matches) => new Promise((arrived) => holds.push({ matches, arrived })),
  };
}
