// The MCP server over Streamable HTTP (`mist mcp serve --http --port P`), driven by the TypeScript SDK's
// StreamableHTTPClientTransport. Each request carries its Mist token (Authorization: Bearer) and the cloud
// (X-Mist-Host: the simulator's URL).
import { describe, before, after, test } from "node:test";
import assert from "node:assert/strict";
import { startSim, startHttpServer, httpClient, serverHasHttp, killAll, brief, WRITE_TOOLS, setup } from "./lib/harness.mjs";
import { prepare, defineToolChecks, ok, call } from "./lib/suite.mjs";
import { defineConfirmChecks, elicitHandler } from "./lib/confirm.mjs";
import { PROTOCOL_VERSION } from "./lib/raw.mjs";

const skip = (await serverHasHttp()) ? false : "`mist mcp serve --help` shows no --http: the Streamable HTTP transport is not built yet";

describe("http: tool checks over Streamable HTTP", { skip }, () => {
  const ctx = {};
  before(setup(async () => {
    ctx.sim = await startSim();
    ctx.roServer = await startHttpServer(ctx.sim);
    ctx.rwServer = await startHttpServer(ctx.sim, { allowWrites: true });
    ctx.ro = await httpClient(ctx.roServer, ctx.sim);
    ctx.rw = await httpClient(ctx.rwServer, ctx.sim);
    ctx.msp = await httpClient(ctx.roServer, ctx.sim, { token: ctx.sim.tokens.msp });
    await prepare(ctx);
  }));
  after(async () => {
    for (const c of [ctx.ro, ctx.rw, ctx.msp]) await c?.close().catch(() => {});
    await killAll();
  });
  defineToolChecks(ctx);
});

describe("http: confirmation of destructive tools", { skip }, () => {
  const ctx = { asked: [], answer: "decline" };
  before(setup(async () => {
    ctx.sim = await startSim();
    ctx.server = await startHttpServer(ctx.sim, { allowWrites: true });
    ctx.slowServer = await startHttpServer(ctx.sim, { allowWrites: true, args: ["--confirm-timeout", "3"] });
    ctx.elicit = await httpClient(ctx.server, ctx.sim, { elicit: elicitHandler(ctx) });
    ctx.slow = await httpClient(ctx.slowServer, ctx.sim, { elicit: elicitHandler(ctx) });
    ctx.plain = await httpClient(ctx.server, ctx.sim);
    ctx.ctx = { sim: ctx.sim, ro: ctx.plain, rw: ctx.plain };
    await prepare(ctx.ctx);
  }));
  after(async () => {
    for (const c of [ctx.elicit, ctx.slow, ctx.plain]) await c?.close().catch(() => {});
    await killAll();
  });
  defineConfirmChecks(ctx);
});

describe("http: per-request credentials, Origin, writes", { skip }, () => {
  const ctx = {};
  const initialize = (headers) => fetch(ctx.server.url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream", ...headers },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
      params: { protocolVersion: PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: "raw-http-test", version: "1.0.0" } } }),
    signal: AbortSignal.timeout(30000),
  });
  before(setup(async () => {
    ctx.sim = await startSim();
    // The server has a configured credential of its own (the admin token); it must not lend it to a request
    // without one, and a request with another token must see that token's orgs only.
    ctx.server = await startHttpServer(ctx.sim);
    ctx.admin = await httpClient(ctx.server, ctx.sim);
    ctx.other = await httpClient(ctx.server, ctx.sim, { token: ctx.sim.tokens["other-org"] });
    ctx.ctx = { sim: ctx.sim, ro: ctx.admin, rw: ctx.admin };
    await prepare(ctx.ctx);
  }));
  after(async () => {
    for (const c of [ctx.admin, ctx.other]) await c?.close().catch(() => {});
    await killAll();
  });

  test("two clients with two tokens see their own orgs only (whoami, list_orgs, list_sites)", async () => {
    const [a, b] = [await ok(ctx.ctx, ctx.admin, "whoami", {}), await ok(ctx.ctx, ctx.other, "whoami", {})];
    const aOrgs = a.orgs.map((o) => o.id), bOrgs = b.orgs.map((o) => o.id);
    assert.ok(aOrgs.length > 0 && bOrgs.length > 0, `whoami: ${brief(a)} / ${brief(b)}`);
    assert.deepEqual(aOrgs.filter((id) => bOrgs.includes(id)), [], `admin and other-org tokens share orgs: ${aOrgs} / ${bOrgs}`);
    const [la, lb] = [await ok(ctx.ctx, ctx.admin, "list_orgs", {}), await ok(ctx.ctx, ctx.other, "list_orgs", {})];
    assert.deepEqual(la.items.map((o) => o.id).sort(), [...aOrgs].sort());
    assert.deepEqual(lb.items.map((o) => o.id).sort(), [...bOrgs].sort());
    // interleaved, so a cached identity of one session cannot leak into the other
    const [sa, sb, sa2] = [await ok(ctx.ctx, ctx.admin, "list_sites", { limit: 200 }), await ok(ctx.ctx, ctx.other, "list_sites", { limit: 200 }),
      await ok(ctx.ctx, ctx.admin, "list_sites", { limit: 200 })];
    const ids = (p) => new Set(p.items.map((s) => s.id));
    assert.deepEqual([...ids(sa)].filter((id) => ids(sb).has(id)), [], "the two tokens list shared sites");
    assert.deepEqual([...ids(sa2)].sort(), [...ids(sa)].sort());
    assert.equal(a.email === b.email && a.name === b.name, false, "whoami names the same identity for both tokens");
  });

  test("a request with a foreign Origin is refused with 403", async () => {
    const r = await initialize({ Authorization: `Bearer ${ctx.sim.tokens.admin}`, "X-Mist-Host": ctx.sim.url, Origin: "http://evil.example" });
    assert.equal(r.status, 403, `Origin http://evil.example: HTTP ${r.status} ${brief(await r.text())}`);
  });

  test("a request with the server's own Origin is accepted", async () => {
    const r = await initialize({ Authorization: `Bearer ${ctx.sim.tokens.admin}`, "X-Mist-Host": ctx.sim.url, Origin: `http://127.0.0.1:${ctx.server.port}` });
    assert.equal(r.status, 200, `Origin http://127.0.0.1:${ctx.server.port}: HTTP ${r.status} ${brief(await r.text())}`);
  });

  test("an HTTP server with a configured cloud and no configured token starts (each request brings its token)", async () => {
    const bare = await startHttpServer(ctx.sim, { configuredToken: null });
    const client = await httpClient(bare, ctx.sim, { token: ctx.sim.tokens["other-org"] });
    try {
      const who = await ok(ctx.ctx, client, "whoami", {});
      assert.ok(who.orgs.length > 0, brief(who));
    } finally {
      await client.close().catch(() => {});
      bare.stop();
    }
  });

  test("X-Mist-Host naming a host that is neither a Mist cloud nor the server's own is refused (the token goes nowhere else)", async () => {
    const r = await initialize({ Authorization: `Bearer ${ctx.sim.tokens.admin}`, "X-Mist-Host": "http://127.0.0.1:9" });
    assert.ok(r.status >= 400 && r.status < 500, `X-Mist-Host http://127.0.0.1:9: HTTP ${r.status} ${brief(await r.text())}`);
  });

  test("a request without Authorization gets 401, although the server has a configured credential", async () => {
    const r = await initialize({ "X-Mist-Host": ctx.sim.url });
    assert.equal(r.status, 401, `no Authorization: HTTP ${r.status} ${brief(await r.text())}`);
  });

  test("without --allow-writes no write tool is listed or callable over HTTP", async () => {
    const names = (await ctx.admin.listTools()).tools.map((t) => t.name);
    for (const n of WRITE_TOOLS) assert.ok(!names.includes(n), `${n} listed without --allow-writes`);
    const sites = await ok(ctx.ctx, ctx.admin, "list_sites", { limit: 1 });
    let refused = false;
    try {
      const r = await ctx.admin.callTool({ name: "delete_site", arguments: { site: sites.items[0].id, confirm: sites.items[0].id } });
      refused = r.isError === true;
    } catch { refused = true; }
    assert.ok(refused, "delete_site ran on a read-only server");
    const still = await call(ctx.ctx, ctx.admin, "get_site", { site: sites.items[0].id });
    assert.notEqual(still.isError, true, "the site is gone");
  });
});
