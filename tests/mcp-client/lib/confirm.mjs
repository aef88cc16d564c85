// Confirmation of destructive tools: elicitation accept/decline/cancel/error, and the `confirm` argument for a client
// that cannot elicit. defineConfirmChecks(ctx) registers tests; the caller's before() sets ctx.sim, ctx.ctx (the
// tool-check context with validators, see suite.mjs prepare), ctx.elicit (an SDK client of a --allow-writes server
// whose elicitation handler is `elicitHandler(ctx)`), ctx.slow (the same on a server with --confirm-timeout 3) and
// ctx.plain (one without the elicitation capability).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cliJson, resultText, brief } from "./harness.mjs";
import { call, ok, toolError } from "./suite.mjs";

/** The elicitation handler: answers as ctx.answer says ("accept", "accept-unchecked", "decline", "cancel", "error"). */
export function elicitHandler(ctx) {
  return async (req) => {
    ctx.asked.push(req.params);
    const answer = ctx.answer;
    if (answer === "error") throw new Error("the client failed to show the form");
    if (answer === "never") return new Promise(() => {}); // the person walked away
    if (answer === "decline" || answer === "cancel") return { action: answer };
    const content = {};
    for (const [name, p] of Object.entries(req.params.requestedSchema?.properties ?? {})) {
      if (p.type === "boolean") content[name] = answer === "accept";
      else if (p.enum) content[name] = p.enum[0];
      else if (p.default !== undefined) content[name] = p.default;
    }
    return { action: "accept", content };
  };
}

let n = 0;
async function newSite(ctx, prefix) {
  const name = `${prefix} ${process.pid}-${++n}`;
  const site = await cliJson(ctx.sim, ["site", "create", "--name", name]);
  assert.equal(site.name, name, `mist site create: ${brief(site)}`);
  return site;
}
async function siteExists(ctx, site) {
  const sites = await cliJson(ctx.sim, ["site", "list"]);
  return sites.some((s) => s.id === site.id);
}

export function defineConfirmChecks(ctx) {
  const refused = (answer, extra = {}) => async () => {
    const site = await newSite(ctx, `Refuse ${answer}`);
    ctx.asked = [];
    ctx.answer = answer;
    const r = await call(ctx.ctx, ctx.elicit, "delete_site", { site: site.name, ...extra });
    const text = resultText(r);
    assert.equal(ctx.asked.length, 1, `delete_site asked ${ctx.asked.length} times`);
    assert.ok(await siteExists(ctx, site), `site ${site.name} was deleted although the user answered ${answer}`);
    assert.equal(r.isError, true, `delete_site answered ${answer}: expected a "not done" tool error, got ${brief(r)}`);
    assert.match(text, /not (done|confirmed)|declined|cancel/i, `delete_site answered ${answer}: ${text}`);
    const msg = ctx.asked[0].message;
    assert.ok(msg.includes(site.name), `the elicitation message does not name the site: ${msg}`);
    assert.ok(!/\bsite site\b/.test(msg), `the elicitation message reads "site site": ${msg}`);
  };
  test("elicitation: decline leaves the site (even with a confirm argument)", refused("decline", { confirm: "ignored" }));
  test("elicitation: cancel leaves the site", refused("cancel"));
  test("elicitation: accept with the box unchecked leaves the site", refused("accept-unchecked"));
  test("elicitation: a client that answers with an error gets a 'not confirmed' tool result; the site stays", refused("error"));

  test("elicitation: an answer that never comes times out (--confirm-timeout 3) as 'not confirmed'; the site stays", async () => {
    const site = await newSite(ctx, "Refuse never");
    ctx.asked = [];
    ctx.answer = "never";
    const started = Date.now();
    const r = await call(ctx.ctx, ctx.slow, "delete_site", { site: site.name });
    const seconds = (Date.now() - started) / 1000;
    assert.equal(ctx.asked.length, 1, `delete_site asked ${ctx.asked.length} times`);
    assert.ok(await siteExists(ctx, site), `site ${site.name} was deleted without an answer`);
    assert.equal(r.isError, true, `no answer: expected a "not confirmed" tool error, got ${brief(r)}`);
    assert.match(resultText(r), /not (done|confirmed)|no answer|time/i, resultText(r));
    assert.ok(seconds < 30, `the tool gave up after ${seconds} s with --confirm-timeout 3`);
  });

  test("elicitation: accept deletes the site (gone from the CLI and from list_sites)", async () => {
    const site = await newSite(ctx, "Accept");
    ctx.asked = [];
    ctx.answer = "accept";
    const done = await ok(ctx.ctx, ctx.elicit, "delete_site", { site: site.name });
    assert.equal(ctx.asked.length, 1, "asked once");
    assert.ok(done, "structuredContent");
    assert.ok(!(await siteExists(ctx, site)), `site ${site.name} still listed by the CLI after accept`);
    const listed = await ok(ctx.ctx, ctx.elicit, "list_sites", { limit: 200 });
    assert.ok(!listed.items.some((s) => s.id === site.id), "site still in list_sites after accept");
    const gone = await call(ctx.ctx, ctx.elicit, "get_site", { site: site.id });
    assert.equal(gone.isError, true, `get_site of the deleted site: ${brief(gone)}`);
    assert.ok(!/\bsite site\b/.test(ctx.asked[0].message), `the elicitation message reads "site site": ${ctx.asked[0].message}`);
  });

  test("no elicitation capability: delete_site needs confirm repeating the site; a wrong one changes nothing", async () => {
    const site = await newSite(ctx, "Confirm");
    const first = await toolError(ctx.ctx, ctx.plain, "delete_site", { site: site.name }, "confirm");
    assert.ok(first.includes(site.name) || first.includes(site.id), `the message does not say what to repeat: ${first}`);
    await toolError(ctx.ctx, ctx.plain, "delete_site", { site: site.name, confirm: "some other site" }, "confirm");
    assert.ok(await siteExists(ctx, site), "deleted without confirmation");
    await ok(ctx.ctx, ctx.plain, "delete_site", { site: site.name, confirm: site.name });
    assert.ok(!(await siteExists(ctx, site)), "still there after a matching confirm");
  });

  test("an ambiguous site name is a tool error listing the candidates; nothing is asked or deleted", async () => {
    const name = `Twin ${process.pid}-${++n}`;
    const a = await cliJson(ctx.sim, ["site", "create", "--name", name]);
    const b = await cliJson(ctx.sim, ["site", "create", "--name", name, "--allow-duplicate"]);
    assert.notEqual(a.id, b.id, "two sites with one name");
    const text = await toolError(ctx.ctx, ctx.elicit, "get_site", { site: name }, "site");
    assert.ok(text.includes(a.id) && text.includes(b.id), `the candidates are not listed: ${text}`);
    ctx.asked = [];
    ctx.answer = "accept";
    await toolError(ctx.ctx, ctx.elicit, "delete_site", { site: name }, "site");
    assert.equal(ctx.asked.length, 0, "asked the user about an ambiguous target");
    assert.ok(await siteExists(ctx, a) && await siteExists(ctx, b), "a twin was deleted");
  });

  test("write tools with valid arguments return structuredContent that validates", async () => {
    const created = await ok(ctx.ctx, ctx.plain, "create_site", { name: `Created ${process.pid}-${++n}`, country: "FR", timezone: "Europe/Paris" });
    assert.ok(created.id, `create_site: ${brief(created)}`);
    await ok(ctx.ctx, ctx.plain, "update_site", { site: created.id, notes: "from the outside-client test" });
    // A PSK WLAN on the new site: created, reported (not duplicated) the second time, changed, deleted; never its passphrase back.
    const psk = `outside client ${process.pid}`;
    const wlan = await ok(ctx.ctx, ctx.plain, "create_wlan", { ssid: "Outside", site: created.id, auth: "psk", psk, vlan: 12, bands: ["24", "5"] });
    const again = await ok(ctx.ctx, ctx.plain, "create_wlan", { ssid: "Outside", site: created.id, auth: "psk", psk });
    assert.ok(wlan.created === true && again.created === false && again.id === wlan.id, `create_wlan twice: ${brief([wlan, again])}`);
    const changed = await ok(ctx.ctx, ctx.plain, "update_wlan", { wlan: "Outside", site: created.id, hidden: true, confirm: "Outside" });
    assert.ok(changed.hide_ssid === true && !JSON.stringify([wlan, again, changed]).includes(psk), `update_wlan: ${brief(changed)}`);
    await ok(ctx.ctx, ctx.plain, "delete_wlan", { wlan: wlan.id, site: created.id, confirm: wlan.id });
    // An open alarm acknowledged, then found among the acknowledged ones.
    const open = await ok(ctx.ctx, ctx.plain, "search_alarms", { acked: false, duration: "7d", limit: 200 });
    const alarm = open.items[0];
    assert.ok(alarm?.id && alarm.site_id, `no open alarm with a site in the simulator: ${brief(open)}`);
    await ok(ctx.ctx, ctx.plain, "ack_alarms", { alarm_ids: [alarm.id], site: alarm.site_id, note: "outside client" });
    const acked = await ok(ctx.ctx, ctx.plain, "search_alarms", { site: alarm.site_id, acked: true, duration: "7d", limit: 200 });
    assert.ok(acked.items.some((a) => a.id === alarm.id), `ack_alarms: ${alarm.id} not among the acknowledged: ${brief(acked)}`);
    const devices = await cliJson(ctx.sim, ["device", "list"]);
    const d = devices[0];
    await ok(ctx.ctx, ctx.plain, "update_device", { device: d.mac, notes: "noted" });
    await ok(ctx.ctx, ctx.plain, "locate_device", { device: d.mac });
    await ok(ctx.ctx, ctx.plain, "unlocate_device", { device: d.mac });
    await ok(ctx.ctx, ctx.plain, "restart_device", { device: d.mac, confirm: d.mac });
    // A firmware upgrade of one AP to its model's recommended version, then its status.
    const ap = devices.find((x) => x.type === "ap" && x.site_id);
    const versions = await ok(ctx.ctx, ctx.plain, "list_firmware_versions", { model: ap.model });
    const recommended = versions.items.find((v) => v.recommended);
    assert.ok(recommended, `no recommended version for ${ap.model}: ${brief(versions)}`);
    const upgrade = await ok(ctx.ctx, ctx.plain, "upgrade_devices", { site: ap.site_id, version: recommended.version, macs: [ap.mac], confirm: ap.mac });
    await ok(ctx.ctx, ctx.plain, "get_upgrade", { upgrade_id: upgrade.target.upgrade_id, site: ap.site_id });
    const unassigned = await cliJson(ctx.sim, ["inventory", "list", "--unassigned"]);
    assert.ok(unassigned.length > 0, "unassigned inventory in the simulator");
    const mac = unassigned[0].mac;
    const assigned = await ok(ctx.ctx, ctx.plain, "assign_devices", { macs: [mac], site: created.id });
    assert.deepEqual(assigned.failed, [], `assign_devices: ${brief(assigned)}`);
    const un = await ok(ctx.ctx, ctx.plain, "unassign_devices", { macs: [mac], confirm: mac });
    assert.deepEqual(un.failed, [], `unassign_devices: ${brief(un)}`);
    const claim = await ok(ctx.ctx, ctx.plain, "claim_devices", { codes: ["NOPE1-NOPE2-NOPE3"] });
    assert.equal(claim.added.length, 0);
    const rel = await ok(ctx.ctx, ctx.plain, "release_devices", { macs: [unassigned[0].serial], confirm: mac });
    assert.deepEqual(rel.failed, [], `release_devices by serial (docs/mcp.md): ${brief(rel)}`);
  });

  test("every write tool the server lists is exercised by these tests", () => {
    const exercised = ["create_site", "update_site", "delete_site", "update_device", "restart_device", "locate_device",
      "unlocate_device", "claim_devices", "assign_devices", "unassign_devices", "release_devices", "upgrade_devices",
      "create_wlan", "update_wlan", "delete_wlan", "ack_alarms"];
    const writes = ctx.ctx.rwTools.filter((t) => t.annotations?.readOnlyHint !== true).map((t) => t.name);
    assert.deepEqual(writes.filter((n) => !exercised.includes(n)), [], "write tools without a test");
  });
}
