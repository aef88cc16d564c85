// Raw JSON-RPC over a spawned `mist mcp serve`: what a client that is not the SDK sends, byte for byte.
import { spawn } from "node:child_process";
import { MIST } from "./harness.mjs";

export const PROTOCOL_VERSION = "2025-11-25";

export class RawStdio {
  constructor(env, args = []) {
    this.child = spawn(MIST, ["mcp", "serve", ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    this.lines = [];          // every stdout line, as received
    this.messages = [];       // the parsed ones
    this.nonJson = [];        // stdout lines that are not JSON-RPC messages
    this.stderr = "";
    this.waiters = [];
    let buf = "";
    this.child.stdout.setEncoding("utf8");
    this.child.stdout.on("data", (s) => {
      buf += s;
      let i;
      while ((i = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, i).replace(/\r$/, "");
        buf = buf.slice(i + 1);
        if (line === "") continue;
        this.lines.push(line);
        let msg;
        try { msg = JSON.parse(line); } catch { this.nonJson.push(line); continue; }
        const one = (m) => m && typeof m === "object" && m.jsonrpc === "2.0";
        if (!(Array.isArray(msg) ? msg.length > 0 && msg.every(one) : one(msg))) this.nonJson.push(line);
        this.messages.push(msg);
        this.waiters = this.waiters.filter((w) => !(w.pred(msg) && (w.res(msg), true)));
      }
    });
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (s) => { this.stderr = (this.stderr + s).slice(-65536); });
    this.exited = new Promise((res) => this.child.once("exit", (code) => res(code)));
    this.child.once("exit", (code, signal) => {
      // a server that dies answers nothing more: fail the waiters now, with its stderr
      setTimeout(() => {
        for (const w of this.waiters) w.rej(new Error(`mist mcp serve exited (${code ?? signal}); stderr tail: ${this.stderr.slice(-800)}`));
        this.waiters = [];
      }, 100);
    });
  }

  send(msg) { this.child.stdin.write((typeof msg === "string" ? msg : JSON.stringify(msg)) + "\n"); }

  /** The first message (already received or coming) that satisfies pred, within ms. */
  waitFor(pred, ms = 30000, what = "a message") {
    const seen = this.messages.find(pred);
    if (seen) return Promise.resolve(seen);
    if (this.child.exitCode !== null) return Promise.reject(new Error(`mist mcp serve exited (${this.child.exitCode}) before ${what}; stderr tail: ${this.stderr.slice(-800)}`));
    return new Promise((res, rej) => {
      const w = { pred, res: (m) => { clearTimeout(t); res(m); }, rej: (e) => { clearTimeout(t); rej(e); } };
      const t = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        rej(new Error(`no ${what} in ${ms} ms; stdout so far: ${this.lines.slice(-5).join(" | ")}; stderr tail: ${this.stderr.slice(-800)}`));
      }, ms);
      this.waiters.push(w);
    });
  }

  response(id, ms) { return this.waitFor((m) => !Array.isArray(m) && m.id === id && ("result" in m || "error" in m), ms, `response to id ${JSON.stringify(id)}`); }

  async request(id, method, params) {
    this.send({ jsonrpc: "2.0", id, method, ...(params === undefined ? {} : { params }) });
    return this.response(id);
  }

  async initialize() {
    const r = await this.request(0, "initialize", {
      protocolVersion: PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: "raw-json-rpc-test", version: "1.0.0" },
    });
    this.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    return r;
  }

  async close() {
    if (this.child.exitCode !== null) return;
    this.child.stdin.end();
    const t = setTimeout(() => this.child.kill("SIGTERM"), 3000);
    const k = setTimeout(() => this.child.kill("SIGKILL"), 8000);
    await this.exited;
    clearTimeout(t); clearTimeout(k);
  }
}
