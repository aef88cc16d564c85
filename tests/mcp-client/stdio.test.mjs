// The MCP server over stdio, driven by the official TypeScript SDK client.
import { describe, before, after } from "node:test";
import { startSim, stdioClient, killAll, setup } from "./lib/harness.mjs";
import { prepare, defineToolChecks } from "./lib/suite.mjs";

describe("stdio: mist mcp serve with the TypeScript SDK client", () => {
  const ctx = {};
  before(setup(async () => {
    ctx.sim = await startSim();
    ctx.ro = await stdioClient(ctx.sim);
    ctx.rw = await stdioClient(ctx.sim, { allowWrites: true });
    ctx.msp = await stdioClient(ctx.sim, { token: ctx.sim.tokens.msp });
    await prepare(ctx);
  }));
  after(async () => {
    for (const c of [ctx.ro, ctx.rw, ctx.msp]) await c?.close().catch(() => {});
    await killAll();
  });
  defineToolChecks(ctx);
});
