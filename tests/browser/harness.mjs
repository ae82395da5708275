// Shared harness for the browser tests: serves the built web folder on 127.0.0.1 (a free
// port), drives Debian's Chromium through playwright-core, waits for window.hanoi2045.ready
// and records console errors and failed requests. Every *.test.mjs file here uses it:
//
//   import { openApp } from './harness.mjs';
//   const app = await openApp();              // page loaded, first frame drawn
//   await app.page.evaluate(() => hanoi2045.result());
//   app.expectClean();                        // no console errors, no failed requests
//   await app.close();
//
// Environment: H2045_SITE_DIR (the web folder; default build/web/site), H2045_CHROMIUM
// (default /usr/bin/chromium), H2045_READY_TIMEOUT_MS (default 60000).
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const siteDir = resolve(process.env.H2045_SITE_DIR || join(here, '..', '..', 'build', 'web', 'site'));
export const chromiumPath = process.env.H2045_CHROMIUM || '/usr/bin/chromium';
const readyTimeoutMs = Number(process.env.H2045_READY_TIMEOUT_MS || 60000);

// Headless Chromium renders WebGL 2 with SwiftShader; these flags keep it off the network.
export const chromiumArgs = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-dev-shm-usage',
];

const mimeTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.data': 'application/octet-stream', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.css': 'text/css; charset=utf-8', '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

function requireSite() {
  if (!existsSync(join(siteDir, 'index.html')) || !existsSync(join(siteDir, 'hanoi2045.wasm'))) {
    throw new Error(`The web app is not built in ${siteDir}: run tools/build-web.sh ` +
                    '(or set H2045_SITE_DIR to the web folder).');
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run tools/setup.sh (Debian package chromium).`);
  }
}

// A static server for `root` on 127.0.0.1 and a free port. Requests it cannot answer are
// recorded in `missing`.
export async function serveFolder(root = siteDir) {
  const missing = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      missing.push(request.url);
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': mimeTypes[extname(file)] || 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      missing.push(request.url);
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    missing,
    close: () => new Promise((done) => server.close(done)),
  };
}

export async function launchChromium(extraArgs = []) {
  requireSite();
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}

// Opens the web app and waits until window.hanoi2045.ready resolves (first frame drawn).
// Options: query ("?lang=en"), viewport ({width, height}), deviceScaleFactor, hasTouch,
// locale, chromiumArgs, initScript (a function or source run in the page before its own
// scripts, e.g. to count animation frames), waitForReady (false to inspect a page that is
// expected to fail).
export async function openApp(options = {}) {
  const server = await serveFolder(options.siteDir || siteDir);  // siteDir: another copy of the web folder
  const browser = await launchChromium(options.chromiumArgs || []);
  const context = await browser.newContext({
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    locale: options.locale || 'en-US',
    hasTouch: options.hasTouch || false,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const consoleErrors = [];
  const failedRequests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });

  const app = {
    page, browser, server, consoleErrors, failedRequests,
    url: server.url + (options.query || ''),
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
    // No console errors, no failed requests, nothing the server could not serve.
    expectClean() {
      assert.deepEqual(consoleErrors, [], 'console errors on the page');
      assert.deepEqual(failedRequests, [], 'failed requests');
      assert.deepEqual(server.missing, [], 'requests for files that are not in the web folder');
    },
    // Calls a window.hanoi2045 method in the page; errors come back as rejections.
    call(method, ...args) {
      return page.evaluate(([m, a]) => window.hanoi2045[m](...a), [method, args]);
    },
    // Resolves after the app has drawn one more frame.
    nextFrame() {
      return page.evaluate(() => window.hanoi2045.frame());
    },
    // Pixels of the page as {width, height, channels, data}.
    async screenshotPixels() {
      return decodePng(await page.screenshot({ type: 'png' }));
    },
  };
  try {
    await page.goto(app.url, { waitUntil: 'load' });
    if (options.waitForReady !== false) {
      await page.waitForFunction(() => window.hanoi2045 !== undefined, null, { timeout: readyTimeoutMs });
      await page.evaluate((ms) => Promise.race([
        window.hanoi2045.ready.then(() => true),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`hanoi2045.ready did not resolve within ${ms} ms`)), ms)),
      ]), readyTimeoutMs);
    }
  } catch (error) {
    const detail = [...consoleErrors, ...failedRequests].join('\n  ');
    await app.close();
    throw new Error(`${error.message}${detail ? `\n  page reported:\n  ${detail}` : ''}`);
  }
  return app;
}

// Minimal PNG decoder for screenshots (8-bit RGB / RGBA, not interlaced: what Chromium writes).
export function decodePng(buffer) {
  const signature = '89504e470d0a1a0a';
  assert.equal(buffer.subarray(0, 8).toString('hex'), signature, 'not a PNG');
  let offset = 8, width = 0, height = 0, colorType = 0;
  const chunks = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'only 8-bit PNGs are supported');
      colorType = data[9];
      assert.equal(data[12], 0, 'interlaced PNGs are not supported');
    } else if (type === 'IDAT') {
      chunks.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = { 2: 3, 6: 4, 0: 1, 4: 2 }[colorType];
  assert.ok(channels, `unsupported PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? out[y * stride + x - channels] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? out[(y - 1) * stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[y * stride + x] = value & 255;
    }
  }
  return { width, height, channels, data: out };
}

// Standard deviation of the luminance and the number of distinct colours: a blank or
// single-colour canvas has a deviation near 0 and a handful of colours.
export function pixelStats({ width, height, channels, data }) {
  let sum = 0, sumSquares = 0;
  const colours = new Set();
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    const r = data[p], g = data[p + 1] ?? r, b = data[p + 2] ?? r;
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    sum += luminance;
    sumSquares += luminance * luminance;
    if (colours.size < 4096) colours.add((r << 16) | (g << 8) | b);
  }
  const n = width * height;
  const mean = sum / n;
  return { mean, deviation: Math.sqrt(Math.max(0, sumSquares / n - mean * mean)), colours: colours.size };
}
