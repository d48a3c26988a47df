import { Context, type Probot } from "probot";

/**
 * The handlers' events for jobs taken from the queue: handlers register as on Probot (`on`), and a
 * queued delivery is dispatched to them with an installation token, as Probot does for a webhook.
 */

type Handler = (context: Context) => Promise<void>;

export interface Router {
  on: Probot["on"];
  /** Whether any handler takes this event (others are not worth a job). */
  handles(name: string, action?: string): boolean;
  dispatch(app: Probot, event: { id: string; name: string; payload: unknown }): Promise<void>;
}

export function createRouter(): Router {
  const handlers = new Map<string, Handler[]>();
  const on = (events: string | string[], handler: Handler) => {
    for (const event of Array.isArray(events) ? events : [events])
      handlers.set(event, [...(handlers.get(event) ?? []), handler]);
  };
  return {
    on: on as unknown as Probot["on"],
    handles: (name, action) =>
      handlers.has(name) || (action !== undefined && handlers.has(`${name}.${action}`)),
    async dispatch(app, event) {
      const payload = event.payload as { action?: string; installation?: { id?: number } };
      const wanted = [
        ...(handlers.get(event.name) ?? []),
        ...(payload.action ? (handlers.get(`${event.name}.${payload.action}`) ?? []) : []),
      ];
      if (wanted.length === 0) return;
      const octokit = await app.auth(payload.installation?.id);
      const context = new Context(event as never, octokit, app.log);
      for (const handler of wanted) await handler(context);
    },
  };
}
