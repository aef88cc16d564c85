// The checks every transport shares. defineToolChecks(ctx) registers node:test tests in the current describe();
// ctx.sim, ctx.ro (a read-only SDK client) and ctx.rw (an SDK client of a server with --allow-writes) are filled in
// by the caller's before() hook.
import { test } from "node:test";
import assert from "node:assert/strict";
import { McpError, CallToolResultSchema, ListToolsResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { newAjv, toolSchemaProblems, typeArrays, READ_TOOLS, WRITE_TOOLS, resultText, brief, cliJson } from "./harness.mjs";

const FORBIDDEN = ["(Parameter '", "An error occurred invoking"];

/** tools/list as the server sent it (ListToolsResultSchema is loose, so nothing is dropped), every page. */
export async function rawTools(client) {
  const tools = [];
  let cursor;
  do {
    const r = await client.request({ method: "tools/list", params: cursor ? { cursor } : {} }, ListToolsResultSchema);
    tools.push(...r.tools);
    cursor = r.nextCursor;
  } while (cursor);
  return tools;
}

/**
 * tools/call without the SDK's own output check, then our checks: a tool with an outputSchema returns
 * structuredContent unless isError, and any structuredContent validates (ajv) against the outputSchema.
 * A JSON-RPC error fails with its code and message.
 */
export async function call(ctx, client, name, args) {
  let r;
  try {
    r = await client.request({ method: "tools/call", params: { name, arguments: args } }, CallToolResultSchema, { timeout: 120000 });
  } catch (e) {
    if (e instanceof McpError) assert.fail(`${name} ${brief(args, 200)}: JSON-RPC error ${e.code} instead of a tool result: ${e.message}`);
    throw e;
  }
  const tool = ctx.toolsByName?.get(name);
  if (tool?.outputSchema) {
    if (!r.isError) assert.ok(r.structuredContent, `${name} ${brief(args, 200)}: has an outputSchema but returned no structuredContent: ${brief(r)}`);
    if (r.structuredContent !== undefined) {
      const validate = ctx.validator(name);
      assert.ok(validate(r.structuredContent),
        `${name} ${brief(args, 200)}${r.isError ? " (isError)" : ""}: structuredContent does not match the outputSchema: ` +
        `${ctx.ajv.errorsText(validate.errors)}; structuredContent: ${brief(r.structuredContent)}`);
    }
  }
  return r;
}

/** The server's stderr tail, for a failure the server did not explain ("An error occurred invoking ..."). */
function serverLog(client, text) {
  if (!/An error occurred invoking/.test(text) || !client.stderrText) return "";
  const lines = client.stderrText().split("\n").filter((l) => !/request handler (called|completed)|^info: ModelContextProtocol/.test(l));
  return `\n--- server stderr (tail) ---\n${lines.join("\n").slice(-2500)}`;
}

/** A call that must succeed (no isError); returns structuredContent. */
export async function ok(ctx, client, name, args) {
  const r = await call(ctx, client, name, args);
  assert.notEqual(r.isError, true, `${name} ${brief(args, 200)} returned isError: ${brief(resultText(r))}${serverLog(client, resultText(r))}`);
  return r.structuredContent;
}

/** A call that must be refused as a tool error naming `arg`. */
export async function toolError(ctx, client, name, args, arg) {
  const r = await call(ctx, client, name, args);
  const text = resultText(r);
  assert.equal(r.isError, true, `${name} ${brief(args, 200)}: expected isError: true naming '${arg}', got ${brief(r)}`);
  for (const f of FORBIDDEN) assert.ok(!text.includes(f), `${name} ${brief(args, 200)}: the message contains "${f}": ${brief(text)}${serverLog(client, text)}`);
  if (arg) assert.ok(text.includes(arg), `${name} ${brief(args, 200)}: the message does not name '${arg}': ${brief(text)}`);
  return text;
}

/** Every page of a list tool with `limit`; returns { items, pages, totals }. Checks each page's shape. */
export async function exhaust(ctx, client, name, args, limit = 2) {
  const items = [], totals = [], emptyPages = [];
  let cursor, pages = 0;
  for (;;) {
    const page = await ok(ctx, client, name, { ...args, limit, ...(cursor ? { cursor } : {}) });
    pages++;
    assert.ok(Array.isArray(page.items), `${name} page ${pages}: no items array: ${brief(page)}`);
    assert.ok(page.items.length <= limit, `${name} page ${pages}: ${page.items.length} items with limit ${limit}`);
    assert.equal(page.count, page.items.length, `${name} page ${pages}: count ${page.count} but ${page.items.length} items`);
    if (page.total !== undefined) totals.push(page.total);
    items.push(...page.items);
    if (page.next_cursor === undefined || page.next_cursor === null) break;
    assert.equal(typeof page.next_cursor, "string", `${name} page ${pages}: next_cursor ${brief(page.next_cursor)}`);
    if (page.items.length === 0) emptyPages.push(pages);
    assert.ok(pages < 500, `${name}: more than 500 pages`);
    cursor = page.next_cursor;
  }
  for (const t of totals) assert.equal(t, items.length, `${name} ${brief(args)}: a page said total ${t}, the pages held ${items.length}`);
  // An empty page that is not the last reads as "no more" to an agent. Checked by noEmptyPages() after the counts.
  return { items, pages, emptyPages, what: `${name} ${JSON.stringify({ ...args, limit })}` };
}

export function noEmptyPages(r) {
  assert.deepEqual(r.emptyPages, [], `${r.what}: pages ${r.emptyPages.join(", ")} of ${r.pages} are empty but carry a next_cursor (${r.items.length} items in all)`);
}

const key = (x) => x.id ?? x.mac ?? x.serial ?? JSON.stringify(x);
function sameSet(what, mcpItems, cliItems, keyOf = key) {
  const a = new Set(mcpItems.map(keyOf)), b = new Set(cliItems.map(keyOf));
  assert.equal(a.size, mcpItems.length, `${what}: the MCP pages repeat items (${mcpItems.length} items, ${a.size} distinct)`);
  const onlyMcp = [...a].filter((k) => !b.has(k)), onlyCli = [...b].filter((k) => !a.has(k));
  assert.ok(mcpItems.length === cliItems.length && onlyMcp.length === 0 && onlyCli.length === 0,
    `${what}: MCP ${mcpItems.length} items, CLI ${cliItems.length}; only in MCP: ${brief(onlyMcp, 300)}; only in CLI: ${brief(onlyCli, 300)}`);
}

/** Loads tools/list of both clients, compiles validators, finds sample ids. Call from before(). */
export async function prepare(ctx) {
  ctx.ajv = newAjv();
  ctx.roTools = await rawTools(ctx.ro);
  ctx.rwTools = await rawTools(ctx.rw);
  ctx.toolsByName = new Map(ctx.rwTools.map((t) => [t.name, t]));
  const compiled = new Map();
  ctx.validator = (name) => {
    if (!compiled.has(name)) {
      const s = ctx.toolsByName.get(name)?.outputSchema;
      let v;
      try { v = ctx.newAjvFor(s); } catch (e) { v = Object.assign(() => false, { errors: [{ message: `outputSchema does not compile: ${e.message}` }] }); }
      compiled.set(name, v);
    }
    return compiled.get(name);
  };
  // One Ajv instance per schema: a schema with an $id compiled twice in one instance would throw.
  ctx.newAjvFor = (s) => newAjv().compile(s);
  ctx.sites = await cliJson(ctx.sim, ["site", "list"]);
  ctx.devices = await cliJson(ctx.sim, ["device", "list"]);
}

export function defineToolChecks(ctx) {
  test("initialize: the server names itself and offers tools", () => {
    for (const c of [ctx.ro, ctx.rw]) {
      const v = c.getServerVersion();
      assert.ok(v?.name && v?.version, `serverInfo ${brief(v)}`);
      assert.ok(c.getServerCapabilities()?.tools, `capabilities ${brief(c.getServerCapabilities())}`);
    }
    assert.ok(typeof ctx.ro.getInstructions() === "string" && ctx.ro.getInstructions().length > 0, "no instructions");
  });

  test("tools/list read-only: every read tool, no write tool; the SDK accepts the list", async () => {
    const names = ctx.roTools.map((t) => t.name).sort();
    for (const n of READ_TOOLS) assert.ok(names.includes(n), `read tool ${n} missing from ${names}`);
    for (const n of WRITE_TOOLS) assert.ok(!names.includes(n), `write tool ${n} offered without --allow-writes`);
    const viaSdk = await ctx.ro.listTools(); // the SDK's Zod check of the Tool definition
    assert.equal(viaSdk.tools.length, ctx.roTools.length);
  });

  test("tools/list with --allow-writes: every read and write tool; the SDK accepts the list", async () => {
    const names = ctx.rwTools.map((t) => t.name);
    for (const n of [...READ_TOOLS, ...WRITE_TOOLS]) assert.ok(names.includes(n), `tool ${n} missing from ${names}`);
    assert.equal(new Set(names).size, names.length, `duplicate tool names: ${names}`);
    const viaSdk = await ctx.rw.listTools();
    assert.equal(viaSdk.tools.length, ctx.rwTools.length);
  });

  test("every inputSchema and outputSchema: ajv 2020-12 strict, MCP Tool rules, no type arrays", () => {
    const problems = [];
    for (const tool of ctx.rwTools) {
      for (const p of toolSchemaProblems(newAjv(), tool)) problems.push(`${tool.name}: ${p}`);
      if (!tool.outputSchema) problems.push(`${tool.name}: no outputSchema`);
      if (!tool.annotations || typeof tool.annotations.readOnlyHint !== "boolean") problems.push(`${tool.name}: annotations ${brief(tool.annotations)}`);
    }
    assert.deepEqual(problems, []);
  });

  test("every read tool with valid arguments: results validate (ajv and the SDK client)", async () => {
    const [orgs] = [await ok(ctx, ctx.ro, "list_orgs", {})];
    const org = orgs.items[0];
    const site = ctx.sites[0], device = ctx.devices[0];
    assert.ok(org && site && device, "the simulator has an org, a site and a device");
    // get_upgrade needs an upgrade: start one with the CLI (an AP to another offered version, not waiting).
    const ap = ctx.devices.find((d) => d.type === "ap" && d.site_id);
    const offered = await ok(ctx, ctx.ro, "list_firmware_versions", { model: ap.model });
    const other = offered.items.find((v) => v.version !== ap.version);
    assert.ok(other, `no other version for ${ap.model}: ${brief(offered)}`);
    const [started] = await cliJson(ctx.sim, ["firmware", "upgrade", ap.mac, "--version", other.version, "--yes", "--no-wait"]);
    assert.ok(started?.upgrade_id, `the CLI started no upgrade: ${brief(started)}`);
    // get_wlan needs a WLAN: create one on the site with the CLI (reported, not duplicated, on a second run).
    await cliJson(ctx.sim, ["wlan", "create", "--ssid", "Suite", "--site", site.id]);
    const calls = [
      ["list_firmware_versions", {}], ["list_firmware_versions", { site: site.id, type: "ap" }], ["list_firmware_versions", { limit: 1 }],
      ["get_upgrade", { upgrade_id: started.upgrade_id, site: ap.site_id }],
      ["whoami", {}], ["list_orgs", {}], ["get_org", { org: org.id }], ["list_sites", { org: org.id }],
      ["list_sites", { fields: "*" }], ["list_sites", { fields: "id,name" }],
      ["get_site", { site: site.id }], ["get_site", { site: site.name }], ["get_site", { site: site.name, fields: "id,name" }],
      ["list_devices", {}], ["list_devices", { site: site.name }], ["list_devices", { type: "ap" }], ["list_devices", { type: "all" }],
      ["list_devices", { mac: device.mac }], ["list_devices", { name: device.name }], ["list_devices", { model: device.model }],
      ["list_devices", { fields: "*" }],
      ["get_device", { device: device.mac }], ["get_device", { device: device.id }], ["get_device", { device: device.serial }],
      ["get_device", { device: device.name }], ["get_device_stats", { device: device.mac }],
      ["list_inventory", {}], ["list_inventory", { unassigned: true }], ["list_inventory", { unassigned: false }],
      ["list_inventory", { type: "switch" }], ["list_inventory", { site: site.id }], ["list_inventory", { mac: device.mac }],
      ["api_get", { path: "self" }], ["api_get", { path: `orgs/${org.id}/sites` }], ["api_get", { path: `orgs/${org.id}/sites`, limit: 2 }],
      ["api_get", { path: "const/countries" }],
      ["list_wlans", {}], ["list_wlans", { site: site.name }], ["list_wlans", { site: site.id, derived: true, fields: "*" }],
      ["search_clients", {}], ["search_clients", { band: "5", duration: "1d", limit: 5 }], ["list_site_clients", { site: site.id }],
      ["list_site_clients", { site: site.name, band: "24", fields: "*" }], ["search_events", {}], ["search_events", { site: site.id, duration: "2h" }],
      ["search_events", { device: device.mac, event_type: "AP_CONFIGURED", duration: "7d" }], ["search_alarms", {}], ["search_alarms", { site: site.id, acked: false, severity: "critical" }],
      ["get_wlan", { wlan: "Suite", site: site.id }], ["get_wlan", { wlan: "suite", site: site.name, fields: "id,ssid" }],
    ];
    const failures = [];
    // every read tool the server lists gets called; a new one needs sample arguments here
    for (const t of ctx.roTools) if (!calls.some(([n]) => n === t.name)) failures.push(`${t.name}: listed, but this test has no valid arguments for it`);
    for (const [name, args] of calls) {
      try {
        await ok(ctx, ctx.ro, name, args);
        await ctx.ro.callTool({ name, arguments: args }, undefined, { timeout: 120000 }); // the SDK's own output check
      } catch (e) { failures.push(`${name} ${JSON.stringify(args)}: ${e.message}`); }
    }
    assert.deepEqual(failures, []);
  });

  test("get_device returns every field list_devices shows for the same device", async () => {
    const d = ctx.devices[0];
    const listed = (await ok(ctx, ctx.ro, "list_devices", { mac: d.mac })).items[0];
    const got = await ok(ctx, ctx.ro, "get_device", { device: d.mac });
    const missing = Object.keys(listed).filter((k) => !(k in got));
    assert.deepEqual(missing, [], `get_device ${d.mac} lacks list_devices fields; list item ${brief(listed)}`);
  });

  test("whoami and list_orgs agree with the CLI (org list)", async () => {
    const who = await ok(ctx, ctx.ro, "whoami", {});
    const cli = await cliJson(ctx.sim, ["org", "list"]);
    assert.deepEqual(who.orgs.map((o) => o.id).sort(), cli.map((o) => o.id).sort(), `whoami orgs ${brief(who.orgs)} vs CLI ${brief(cli)}`);
    assert.equal(who.writes_enabled, false);
    assert.equal((await ok(ctx, ctx.rw, "whoami", {})).writes_enabled, true);
  });

  test("list_orgs: every cursor = mist org list -o json (admin with limit 2, MSP with limit 1)", async () => {
    const adminOrgs = await exhaust(ctx, ctx.ro, "list_orgs", {});
    sameSet("list_orgs vs mist org list", adminOrgs.items, await cliJson(ctx.sim, ["org", "list"]));
    noEmptyPages(adminOrgs);
    const msp = await exhaust(ctx, ctx.msp, "list_orgs", {}, 1);
    assert.ok(msp.pages >= 2, `the MSP token's orgs fit on ${msp.pages} page(s) of 1: ${brief(msp.items)}`);
    sameSet("list_orgs (MSP token) vs mist org list", msp.items, await cliJson(ctx.sim, ["org", "list"], ctx.sim.tokens.msp));
    noEmptyPages(msp);
  });

  test("list_sites: every cursor with limit 2 = mist site list -o json", async () => {
    const r = await exhaust(ctx, ctx.ro, "list_sites", {});
    assert.ok(r.pages >= 2, `only ${r.pages} page(s) of sites with limit 2`);
    sameSet("list_sites vs mist site list", r.items, await cliJson(ctx.sim, ["site", "list"]));
    noEmptyPages(r);
  });

  test("list_devices: every cursor with limit 2 = mist device list -o json (also per type)", async () => {
    const r = await exhaust(ctx, ctx.ro, "list_devices", {});
    sameSet("list_devices vs mist device list", r.items, await cliJson(ctx.sim, ["device", "list"]));
    const aps = await exhaust(ctx, ctx.ro, "list_devices", { type: "ap", site: ctx.sites[0].name });
    sameSet(`list_devices {type: ap, site} vs mist device list --type ap --site`, aps.items,
      await cliJson(ctx.sim, ["device", "list", "--type", "ap", "--site", ctx.sites[0].name]));
    noEmptyPages(r);
    noEmptyPages(aps);
  });

  test("list_inventory: every cursor with limit 2 = mist inventory list -o json", async () => {
    const r = await exhaust(ctx, ctx.ro, "list_inventory", {});
    sameSet("list_inventory {} vs mist inventory list", r.items, await cliJson(ctx.sim, ["inventory", "list"]), (x) => x.mac);
    noEmptyPages(r);
  });

  test("list_inventory {unassigned: true} = mist inventory list --unassigned (devices on no site only)", async () => {
    const cli = await cliJson(ctx.sim, ["inventory", "list", "--unassigned"]);
    assert.ok(cli.length > 0, "the simulator has unassigned inventory");
    const r = await exhaust(ctx, ctx.ro, "list_inventory", { unassigned: true });
    sameSet("list_inventory {unassigned: true} vs mist inventory list --unassigned", r.items, cli, (x) => x.mac);
    noEmptyPages(r);
  });

  test("pages: one item with a cursor, the last page without one, an empty list", async () => {
    const one = await ok(ctx, ctx.ro, "list_sites", { limit: 1 });
    assert.equal(one.items.length, 1);
    assert.equal(typeof one.next_cursor, "string", `limit 1 of ${ctx.sites.length} sites: no next_cursor: ${brief(one)}`);
    const all = await ok(ctx, ctx.ro, "list_sites", { limit: 200 });
    assert.equal(all.items.length, ctx.sites.length);
    assert.ok(all.next_cursor === undefined || all.next_cursor === null, `one page holds every site but next_cursor is ${brief(all.next_cursor)}`);
    const single = await ok(ctx, ctx.ro, "list_devices", { mac: ctx.devices[0].mac });
    assert.equal(single.items.length, 1, `list_devices by mac: ${brief(single)}`);
    const empty = await ok(ctx, ctx.ro, "list_devices", { model: "NO-SUCH-MODEL-42" });
    assert.deepEqual(empty.items, [], `list_devices {model: NO-SUCH-MODEL-42}: ${brief(empty)}`);
    assert.equal(empty.count, 0);
    const emptyInv = await ok(ctx, ctx.ro, "list_inventory", { model: "NO-SUCH-MODEL-42" });
    assert.deepEqual(emptyInv.items, []);
  });

  test("a result does not carry the same JSON twice (text and structuredContent)", async () => {
    const dup = [];
    for (const [name, args] of [["list_sites", {}], ["list_devices", { limit: 5 }], ["get_site", { site: ctx.sites[0].id }], ["whoami", {}]]) {
      const r = await call(ctx, ctx.ro, name, args);
      for (const c of r.content ?? []) {
        if (c.type !== "text") continue;
        let parsed;
        try { parsed = JSON.parse(c.text); } catch { continue; }
        if (JSON.stringify(parsed) === JSON.stringify(r.structuredContent)) dup.push(`${name}: text block = structuredContent (${c.text.length} chars twice)`);
      }
    }
    assert.deepEqual(dup, []);
  });

  const bad = (title, name, args, arg, client = "ro") =>
    test(`bad argument → isError naming '${arg}': ${title}`, async () => { await toolError(ctx, ctx[client], name, args(), arg); });
  bad("limit 0", "list_sites", () => ({ limit: 0 }), "limit");
  bad("limit 500", "list_devices", () => ({ limit: 500 }), "limit");
  bad('limit "ten"', "list_sites", () => ({ limit: "ten" }), "limit");
  bad('type "router"', "list_devices", () => ({ type: "router" }), "type");
  bad('type "router" (inventory)', "list_inventory", () => ({ type: "router" }), "type");
  bad("a forged cursor", "list_sites", () => ({ cursor: "Zm9yZ2VkLWN1cnNvcg" }), "cursor");
  bad("a forged JSON cursor", "list_devices", () => ({ cursor: Buffer.from('{"offset":2,"limit":2}').toString("base64url") }), "cursor");
  test("bad argument → isError naming 'cursor': a cursor reused with other arguments", async () => {
    const first = await ok(ctx, ctx.ro, "list_devices", { limit: 2 });
    assert.equal(typeof first.next_cursor, "string");
    await toolError(ctx, ctx.ro, "list_devices", { limit: 2, type: "switch", cursor: first.next_cursor }, "cursor");
    await toolError(ctx, ctx.ro, "list_devices", { limit: 3, cursor: first.next_cursor }, "cursor");
    await toolError(ctx, ctx.ro, "list_sites", { limit: 2, cursor: first.next_cursor }, "cursor");
  });
  bad("get_site {} (missing required)", "get_site", () => ({}), "site");
  bad("get_device {} (missing required)", "get_device", () => ({}), "device");
  bad("api_get {} (missing required)", "api_get", () => ({}), "path");
  bad("unknown argument site_name", "list_devices", () => ({ site_name: ctx.sites[0].name }), "site_name");
  bad("unknown argument device_type", "list_devices", () => ({ device_type: "ap" }), "device_type");
  bad("fields naming no known field", "list_sites", () => ({ fields: "no_such_field" }), "fields");
  bad("a 300-character site name", "get_site", () => ({ site: "s".repeat(300) }), "site");
  bad("a 70 KB argument", "list_sites", () => ({ fields: "name,".repeat(14000) }), "fields");
  bad("empty codes", "claim_devices", () => ({ codes: [] }), "codes", "rw");
  bad("empty macs (assign)", "assign_devices", () => ({ macs: [], site: ctx.sites[0].name }), "macs", "rw");
  bad("empty macs (unassign)", "unassign_devices", () => ({ macs: [] }), "macs", "rw");
  bad("empty macs (release)", "release_devices", () => ({ macs: [] }), "macs", "rw");
  bad("a site that does not exist", "get_site", () => ({ site: "No Such Site 0000" }), "No Such Site 0000");
}
