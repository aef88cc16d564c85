// Shared plumbing for the outside-client tests: the simulator, the CLI, the MCP server over stdio and HTTP,
// ajv, and the checks every transport shares. Every child started here is killed by killAll().
import { spawn, execFile } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:net";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "..", "..", "..");

/** The `mist` binary under test: MIST_BIN, else the Debug build of src/Mist.Cli. */
export const MIST = process.env.MIST_BIN || join(repo, "src", "Mist.Cli", "bin", "Debug", "net10.0", "mist");
if (!existsSync(MIST)) throw new Error(`mist binary not found at ${MIST}: run \`dotnet build src/Mist.Cli\` or set MIST_BIN`);

const children = new Set();
const tempDirs = new Set();

function track(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/** Kills every process this module started (and the temp dirs). Safe to call twice. */
export async function killAll() {
  const waits = [];
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    waits.push(new Promise((res) => {
      const t = setTimeout(() => { try { child.kill("SIGKILL"); } catch { } res(); }, 3000);
      child.once("exit", () => { clearTimeout(t); res(); });
    }));
    try { child.kill("SIGTERM"); } catch { }
  }
  await Promise.all(waits);
  children.clear();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}
process.once("exit", () => { for (const c of children) try { c.kill("SIGKILL"); } catch { } });

export function tempDir(prefix = "mist-mcp-client-") {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(d);
  return d;
}

/** Collects a stream into a bounded string (the last 64 KB) so a chatty child never blocks on a full pipe. */
function drain(stream) {
  const box = { text: "" };
  stream?.setEncoding("utf8");
  stream?.on("data", (s) => { box.text = (box.text + s).slice(-65536); });
  return box;
}

/**
 * Starts `mist sim serve --port 0 --in-memory` with private config/state dirs and parses the URL and the tokens it
 * prints. Returns { url, tokens: {admin, write, "read-only", "other-org", msp, site}, env(token?), stop() }.
 */
export async function startSim() {
  const home = tempDir("mist-sim-");
  const env = { ...process.env, MIST_CONFIG_DIR: join(home, "config"), MIST_STATE_DIR: join(home, "state"), NO_COLOR: "1" };
  delete env.MIST_API_TOKEN; delete env.MIST_APITOKEN; delete env.MIST_HOST; delete env.MIST_ORG_ID; delete env.MIST_PROFILE;
  const child = track(spawn(MIST, ["sim", "serve", "--port", "0", "--in-memory"], { env, stdio: ["ignore", "pipe", "pipe"] }));
  const err = drain(child.stderr);
  let out = "";
  child.stdout.setEncoding("utf8");
  const ready = await new Promise((res, rej) => {
    const t = setTimeout(() => rej(new Error(`sim serve printed no tokens in 60 s. stdout: ${out} stderr: ${err.text}`)), 60000);
    child.stdout.on("data", (s) => {
      out += s;
      if (/Press Ctrl-C|^Try:/m.test(out) && /^\s+site\s+\S+/m.test(out)) { clearTimeout(t); res(out); }
    });
    child.once("exit", (code) => { clearTimeout(t); rej(new Error(`sim serve exited ${code}: ${out} ${err.text}`)); });
  });
  const url = /listening on (http:\/\/\S+?)\/?\s/m.exec(ready)?.[1];
  if (!url) throw new Error(`no URL in sim serve output: ${ready}`);
  const tokens = {};
  for (const m of ready.matchAll(/^\s{2}(admin|write|read-only|other-org|msp|site)\s+(\S{20,})\s/gm)) tokens[m[1]] = m[2];
  if (!tokens.admin || !tokens["other-org"]) throw new Error(`tokens not found in sim serve output: ${ready}`);
  const sim = {
    url, tokens, output: ready,
    /** The environment for a mist process (CLI or MCP server) pointed at this simulator with a token. */
    env(token = tokens.admin) {
      const d = tempDir("mist-client-");
      return { ...env, MIST_API_TOKEN: token, MIST_HOST: url, MIST_CONFIG_DIR: join(d, "config"), MIST_STATE_DIR: join(d, "state") };
    },
    stop: () => child.kill("SIGTERM"),
  };
  return sim;
}

/** Runs the CLI against the simulator; returns the parsed JSON of stdout (`-o json` is added). */
export function cliJson(sim, args, token) {
  return new Promise((res, rej) => {
    execFile(MIST, [...args, "-o", "json"], { env: sim.env(token), maxBuffer: 64 << 20, timeout: 120000 }, (error, stdout, stderr) => {
      if (error) return rej(new Error(`mist ${args.join(" ")} failed (${error.code}): ${stderr}`));
      try { res(JSON.parse(stdout)); } catch (e) { rej(new Error(`mist ${args.join(" ")}: stdout is not JSON: ${stdout.slice(0, 500)}`)); }
    });
  });
}

/** Runs the CLI and returns { code, stdout, stderr } whatever the outcome. */
export function cliRun(args, env) {
  return new Promise((res) => {
    execFile(MIST, args, { env, maxBuffer: 16 << 20, timeout: 120000 }, (error, stdout, stderr) =>
      res({ code: error ? (error.code ?? 1) : 0, stdout, stderr }));
  });
}

let helpText;
/** Whether `mist mcp serve --help` offers --http. */
export async function serverHasHttp() {
  helpText ??= (await cliRun(["mcp", "serve", "--help"], { ...process.env, NO_COLOR: "1" })).stdout;
  return /--http\b/.test(helpText);
}

/**
 * An SDK Client over stdio on `mist mcp serve [--allow-writes] [args]`. options.elicit: a handler for
 * elicitation/create (the client then declares the form elicitation capability).
 */
export async function stdioClient(sim, { allowWrites = false, elicit, token, args = [] } = {}) {
  const transport = new StdioClientTransport({
    command: MIST,
    args: ["mcp", "serve", ...(allowWrites ? ["--allow-writes"] : []), ...args],
    env: sim.env(token),
    stderr: "pipe",
  });
  const client = makeClient(elicit);
  const err = drain(transport.stderr);
  try { await client.connect(transport); } catch (e) {
    await new Promise((r) => setTimeout(r, 200));
    throw new Error(`mist mcp serve ${transport._serverParams.args.slice(2).join(" ")}: ${e.message}; stderr: ${err.text.slice(-1500)}`);
  }
  if (transport._process) track(transport._process);
  client.stderrText = () => err.text;
  return client;
}

function makeClient(elicit) {
  const client = new Client({ name: "mist-outside-client-test", version: "1.0.0" },
    { capabilities: elicit ? { elicitation: { form: {} } } : {} });
  if (elicit) client.setRequestHandler(ElicitRequestSchema, elicit);
  return client;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => res(p)); });
  });
}

/**
 * Starts `mist mcp serve --http --port P [--allow-writes]` with MIST_HOST = the simulator and MIST_API_TOKEN =
 * configuredToken (default: the admin token; null: none). Every request brings its own Mist credential; the
 * configured one must not be lent to a request without Authorization. Returns { url, port, stop(), stderr() }.
 */
export async function startHttpServer(sim, { allowWrites = false, configuredToken = sim.tokens.admin, args = [] } = {}) {
  const port = await freePort();
  // The server's own cloud is the simulator (X-Mist-Host may name only a Mist cloud or that one). It also gets a
  // configured token (admin) unless configuredToken is null: without --use-configured-credential it must not use it.
  const env = sim.env(configuredToken ?? "");
  if (!configuredToken) delete env.MIST_API_TOKEN;
  const child = track(spawn(MIST, ["mcp", "serve", "--http", "--port", String(port), ...(allowWrites ? ["--allow-writes"] : []), ...args],
    { env, stdio: ["ignore", "pipe", "pipe"] }));
  const out = drain(child.stdout), err = drain(child.stderr);
  const url = `http://127.0.0.1:${port}/mcp`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mcp serve --http exited ${child.exitCode}: ${out.text} ${err.text}`);
    try { await fetch(url, { method: "GET", signal: AbortSignal.timeout(2000) }); break; } catch { }
    if (Date.now() > deadline) throw new Error(`mcp serve --http did not listen on ${port}: ${err.text}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, port, stop: () => child.kill("SIGTERM"), stderr: () => err.text, stdout: () => out.text };
}

/** An SDK Client over Streamable HTTP carrying a Mist token and the simulator as the cloud. */
export async function httpClient(server, sim, { token = sim.tokens.admin, elicit } = {}) {
  const transport = new StreamableHTTPClientTransport(new URL(server.url), {
    requestInit: { headers: { Authorization: `Bearer ${token}`, "X-Mist-Host": sim.url } },
  });
  const client = makeClient(elicit);
  await client.connect(transport);
  client.stderrText = () => server.stderr();
  return client;
}

// ---------------------------------------------------------------- ajv and the MCP Tool rules

export function newAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

/** Every place in a schema where a "type" keyword is an array (one-type-per-field dialects reject it). */
export function typeArrays(schema, path = "#") {
  const found = [];
  const walk = (node, p) => {
    if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${p}/${i}`)); return; }
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "type" && Array.isArray(v)) found.push(`${p}/type = ${JSON.stringify(v)}`);
      // "properties" maps names to schemas: a property named "type" is not the keyword
      walk(v, `${p}/${k}`);
    }
  };
  walk(schema, path);
  return found;
}

/** Problems of a tool's schemas against the MCP Tool definition and our portability rules (empty = fine). */
export function toolSchemaProblems(ajv, tool) {
  const problems = [];
  for (const key of ["inputSchema", "outputSchema"]) {
    const s = tool[key];
    if (s === undefined) { if (key === "inputSchema") problems.push("no inputSchema"); continue; }
    if (!s || typeof s !== "object" || Array.isArray(s)) { problems.push(`${key} is not an object`); continue; }
    if (s.type !== "object") problems.push(`${key}.type is ${JSON.stringify(s.type)}, not "object"`);
    if (s.properties !== undefined) {
      if (!s.properties || typeof s.properties !== "object") problems.push(`${key}.properties is not an object`);
      else for (const [name, p] of Object.entries(s.properties))
        if (!p || typeof p !== "object" || Array.isArray(p)) problems.push(`${key}.properties.${name} is ${JSON.stringify(p)}, not an object`);
    }
    if (s.required !== undefined && (!Array.isArray(s.required) || s.required.some((r) => typeof r !== "string")))
      problems.push(`${key}.required is not an array of strings`);
    for (const t of typeArrays(s, key)) problems.push(`type array at ${t}`);
    try { ajv.compile(s); } catch (e) { problems.push(`${key} does not compile (ajv 2020-12, strict): ${e.message}`); }
  }
  if (tool.inputSchema && tool.inputSchema.additionalProperties !== false)
    problems.push(`inputSchema.additionalProperties is ${JSON.stringify(tool.inputSchema.additionalProperties)}, not false`);
  return problems;
}

export const READ_TOOLS = ["whoami", "list_orgs", "get_org", "list_sites", "get_site", "list_devices", "get_device", "list_inventory", "api_get",
  "list_firmware_versions", "get_upgrade", "list_wlans", "get_wlan",
  "search_clients", "list_site_clients", "search_events", "search_alarms"];
export const WRITE_TOOLS = ["create_site", "update_site", "delete_site", "update_device", "restart_device", "locate_device",
  "unlocate_device", "claim_devices", "assign_devices", "unassign_devices", "release_devices", "upgrade_devices",
  "create_wlan", "update_wlan", "delete_wlan", "ack_alarms"];

/** The text of a tool result's content blocks, joined. */
export function resultText(r) {
  return (r?.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join("\n");
}

/** Short JSON for assertion messages. */
export function brief(v, n = 600) {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s && s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s;
}

/** Wraps a before() hook so its error is printed (node's spec reporter only says the tests were cancelled). */
export function setup(fn) {
  return async (t) => {
    try { await fn(t); } catch (e) {
      console.error(`setup failed: ${e?.stack ?? e}`);
      throw e;
    }
  };
}
