// Destructive tools over stdio: elicitation (accept, decline, cancel, error) and the confirm argument.
import { describe, before, after } from "node:test";
import { startSim, stdioClient, killAll, setup } from "./lib/harness.mjs";
import { prepare } from "./lib/suite.mjs";
import { defineConfirmChecks, elicitHandler } from "./lib/confirm.mjs";

describe("stdio: confirmation of destructive tools", () => {
  const ctx = { asked: [], answer: "decline" };
  before(setup(async () => {
    ctx.sim = await startSim();
    ctx.elicit = await stdioClient(ctx.sim, { allowWrites: true, elicit: elicitHandler(ctx) });
    ctx.slow = await stdioClient(ctx.sim, { allowWrites: true, elicit: elicitHandler(ctx), args: ["--confirm-timeout", "3"] });
    ctx.plain = await stdioClient(ctx.sim, { allowWrites: true });
    ctx.ctx = { sim: ctx.sim, ro: ctx.plain, rw: ctx.plain };
    await prepare(ctx.ctx);
  }));
  after(async () => {
    for (const c of [ctx.elicit, ctx.slow, ctx.plain]) await c?.close().catch(() => {});
    await killAll();
  });
  defineConfirmChecks(ctx);
});
