// Raw JSON-RPC over a spawned `mist mcp serve`: parse errors, invalid params, batches, and stdout carrying only
// protocol. No SDK here: these are the bytes a client that is not the SDK sends.
import { describe, before, after, test } from "node:test";
import assert from "node:assert/strict";
import { startSim, killAll, brief, setup } from "./lib/harness.mjs";
import { RawStdio, PROTOCOL_VERSION } from "./lib/raw.mjs";

describe("stdio: raw JSON-RPC conformance", () => {
  let sim, raw;
  before(setup(async () => {
    sim = await startSim();
    raw = new RawStdio(sim.env(), ["--allow-writes"]);
    const init = await raw.initialize();
    assert.ok(init.result, `initialize: ${brief(init)}`);
  }));
  after(async () => {
    await raw?.close();
    await killAll();
  });

  test("initialize negotiates the protocol version and names the server", () => {
    const init = raw.messages.find((m) => m.id === 0);
    assert.equal(init.result.protocolVersion, PROTOCOL_VERSION, `protocolVersion ${init.result.protocolVersion}`);
    assert.ok(init.result.serverInfo?.name, brief(init.result));
    assert.ok(init.result.capabilities?.tools, brief(init.result.capabilities));
  });

  test("a line that is not JSON gets -32700 with id null, and the server goes on", async () => {
    raw.send("this is not json {");
    const err = await raw.waitFor((m) => !Array.isArray(m) && m.error?.code === -32700, 10000, "a -32700 parse error");
    assert.equal(err.id, null, `parse error id ${brief(err)}`);
    assert.ok(!("result" in err));
    const r = await raw.request(1, "tools/list", {});
    assert.ok(Array.isArray(r.result?.tools), `tools/list after a parse error: ${brief(r)}`);
  });

  test("tools/call without a name gets -32602 (invalid params)", async () => {
    const r = await raw.request(2, "tools/call", { arguments: {} });
    assert.equal(r.error?.code, -32602, `tools/call {arguments: {}}: ${brief(r)}`);
  });

  test("tools/call with params that are not an object gets -32602", async () => {
    const r = await raw.request(3, "tools/call", "list_sites");
    assert.equal(r.error?.code, -32602, `tools/call params "list_sites": ${brief(r)}`);
  });

  test("an unknown method gets -32601", async () => {
    const r = await raw.request(4, "no/such/method", {});
    assert.equal(r.error?.code, -32601, brief(r));
  });

  test("an unknown tool is an error (JSON-RPC -32602 or isError), not a crash", async () => {
    const r = await raw.request(5, "tools/call", { name: "no_such_tool", arguments: {} });
    assert.ok(r.error?.code === -32602 || r.result?.isError === true, brief(r));
  });

  test("a batch array gets an error response, and nothing in it runs", async () => {
    raw.send([
      { jsonrpc: "2.0", id: 901, method: "tools/list", params: {} },
      { jsonrpc: "2.0", id: 902, method: "tools/call", params: { name: "whoami", arguments: {} } },
    ]);
    const isBatchAnswer = (m) => (Array.isArray(m) && m.some((x) => x.id === 901 || x.id === 902 || x.error))
      || (!Array.isArray(m) && (m.id === 901 || m.id === 902 || (m.id === null && m.error && m.error.code !== -32700)));
    const answer = await raw.waitFor(isBatchAnswer, 10000, "an answer to the batch");
    const all = Array.isArray(answer) ? answer : [answer];
    for (const m of all) assert.ok(m.error && !("result" in m), `the batch got a result instead of an error: ${brief(answer)}`);
    assert.ok(all.every((m) => m.error.code === -32600 || m.error.code === -32700 || m.error.code === -32601),
      `batch error code: ${brief(answer)}`);
  });

  test("tool calls with good and bad arguments answer with results, never a JSON-RPC error", async () => {
    let id = 100;
    for (const [name, args] of [["whoami", {}], ["list_sites", { limit: 1 }], ["list_sites", { limit: 0 }],
      ["list_devices", { site_name: "x" }], ["get_site", {}], ["list_sites", { limit: "ten" }]]) {
      const r = await raw.request(++id, "tools/call", { name, arguments: args });
      assert.ok(r.result, `${name} ${JSON.stringify(args)}: ${brief(r)}`);
    }
  });

  test("stdout carries only JSON-RPC messages, one per line", async () => {
    await raw.request(999, "ping", {});
    assert.deepEqual(raw.nonJson, [], "lines on stdout that are not JSON-RPC messages");
    assert.ok(raw.lines.length >= 10, `only ${raw.lines.length} lines`);
  });
});
