// Opens a site made by `ptl generate docs` in headless Chromium (driven over the DevTools protocol
// on a pipe: no network, no npm package, no browser download), types a value into a format page's
// decoder box, and saves screenshots of a drawn descriptor, the decoder box, a state diagram and a
// layout's VA picture. Prints one JSON object: what the decoder box shows and the screenshots taken.
//
// Usage: node site-in-chromium.js SITE_DIR OUT_DIR      (PTL_CHROMIUM names the browser; default chromium)
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const site = path.resolve(process.argv[2]);
const out = path.resolve(process.argv[3]);
fs.mkdirSync(out, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ptl-chromium-"));
// Without the background-networking flags Chromium waits for hosts it cannot reach on a closed network.
const browser = spawn(process.env.PTL_CHROMIUM || "chromium", ["--headless", "--no-sandbox", "--disable-gpu",
  "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-pipe", "about:blank"],
  { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] });
let stderr = "";
browser.stdio[2].on("data", (chunk) => { stderr += chunk; });
const deadline = setTimeout(() => fail(new Error("Chromium did not finish within 90 s")), 90000);

let nextId = 0;
const pending = new Map();
const listeners = [];
let buffer = "";
browser.stdio[4].on("data", (chunk) => {
  buffer += chunk;
  for (let end; (end = buffer.indexOf("\0")) >= 0; buffer = buffer.slice(end + 1)) {
    const message = JSON.parse(buffer.slice(0, end));
    const waiting = pending.get(message.id);
    if (waiting) {
      pending.delete(message.id);
      if (message.error) { waiting.reject(new Error(waiting.method + ": " + JSON.stringify(message.error))); }
      else { waiting.resolve(message.result); }
    } else {
      listeners.slice().forEach((listener) => listener(message));
    }
  }
});
browser.on("exit", (code) => { if ([...pending.values()].some((waiting) => waiting.method !== "Browser.close")) { fail(new Error("Chromium exited (" + code + "): " + stderr.slice(-2000))); } });

function send(method, params, sessionId) {
  const message = { id: ++nextId, method: method, params: params || {} };
  if (sessionId) { message.sessionId = sessionId; }
  return new Promise((resolve, reject) => {
    pending.set(message.id, { method: method, resolve: resolve, reject: reject });
    browser.stdio[3].write(JSON.stringify(message) + "\0");
  });
}

function once(method, sessionId) {
  return new Promise((resolve) => {
    const listener = (message) => {
      if (message.method === method && message.sessionId === sessionId) {
        listeners.splice(listeners.indexOf(listener), 1);
        resolve(message.params);
      }
    };
    listeners.push(listener);
  });
}

function fail(error) {
  process.stderr.write(String(error && error.stack || error) + "\n");
  browser.kill("SIGKILL");
  fs.rmSync(profile, { recursive: true, force: true });
  process.exit(1);
}

async function main() {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId: targetId, flatten: true });
  const page = (method, params) => send(method, params, sessionId);
  await page("Page.enable");
  await page("Emulation.setDeviceMetricsOverride", { width: 1200, height: 900, deviceScaleFactor: 1, mobile: false });

  async function open(file) {
    const loaded = once("Page.loadEventFired", sessionId);
    await page("Page.navigate", { url: "file://" + path.join(site, file) });
    await loaded;
  }
  async function evaluate(expression) {
    const reply = await page("Runtime.evaluate", { expression: expression, returnByValue: true });
    if (reply.exceptionDetails) { throw new Error(expression + ": " + JSON.stringify(reply.exceptionDetails)); }
    return reply.result.value;
  }
  // The element the expression finds, drawn as the page shows it, saved as OUT_DIR/NAME.
  async function shoot(element, name) {
    const box = await evaluate("(() => { const e = " + element + "; const r = e.getBoundingClientRect();"
      + " return { x: r.left + scrollX, y: r.top + scrollY, width: Math.ceil(r.width), height: Math.ceil(r.height) }; })()");
    const shot = await page("Page.captureScreenshot", { format: "png", captureBeyondViewport: true,
      clip: { x: box.x, y: box.y, width: box.width, height: box.height, scale: 1 } });
    fs.writeFileSync(path.join(out, name), Buffer.from(shot.data, "base64"));
    return { file: path.join(out, name), width: box.width, height: box.height };
  }

  const shots = [];
  await open("format-arm64_s2_4k_40.html");
  // as a reader would: choose level 3, then type the value into the box
  await evaluate("(() => { const box = document.querySelector('.decoder'); const level = box.querySelector('select');"
    + " level.value = '3'; level.dispatchEvent(new Event('change')); const input = box.querySelector('input');"
    + " input.focus(); input.select(); })()");
  await page("Input.insertText", { text: "0x00800000800037ff" });
  const typed = await evaluate("document.querySelector('.decoder input').value");
  const decoded = await evaluate("document.querySelector('.decoder .decoded').textContent");
  shots.push(await shoot("document.querySelector('.decoder')", "decoder.png"));
  await open("format-arm64_s2_4k.html");
  shots.push(await shoot("document.querySelectorAll('svg.bits')[2]", "descriptor-page.png"));
  await open("ownership-pkvm_v5_15.html");
  shots.push(await shoot("document.querySelector('svg.states')", "state-diagram.png"));
  await open("layout-hyp_va_6_x.html");
  shots.push(await shoot("document.querySelector('svg')", "layout-picture.png"));

  process.stdout.write(JSON.stringify({ typed: typed, decoded: decoded, shots: shots }) + "\n");
  const exited = new Promise((resolve) => browser.once("exit", resolve));
  send("Browser.close").catch(() => {});
  await exited;
  clearTimeout(deadline);
  fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}

main().catch(fail);
