import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeGitHub } from "./fake-github.ts";

/** Serves the fake on 127.0.0.1 for a child process (the bundled Action) to talk to. */
export async function serveGitHub(fake: FakeGitHub): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const reply = fake.handle(
        req.method ?? "GET",
        req.url ?? "/",
        Buffer.concat(chunks).toString("utf8"),
        String(req.headers.accept ?? ""),
        String(req.headers.authorization ?? ""),
      );
      if (reply.raw) {
        res.writeHead(reply.status, { "content-type": "text/plain" });
        res.end(String(reply.body));
        return;
      }
      res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8" });
      res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
