// Offline in the room: after one visit — entered by / or by index.html — the app opens again
// with the network gone, by either address; every file comes from the service worker's cache
// (precached when it installs, answered cache-first); a new build is installed on the next
// visit and the page says so; the page declares a web app manifest, and Chromium finds the app
// installable, with every icon the manifest names at its declared size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openApp, siteDir, serveFolder, chromiumPath, chromiumArgs, decodePng } from './harness.mjs';

const readyTimeoutMs = 60000;

async function waitForApp(page) {
  await page.waitForFunction(() => window.hanoi2045 !== undefined, null, { timeout: readyTimeoutMs });
  await page.evaluate(() => window.hanoi2045.ready);
  return page.evaluate(() => window.hanoi2045.uiState());
}

// The worker is active and the page's files are in its cache.
async function waitForOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('hanoi2045-'));
    const cache = await caches.open(names[0]);
    return { names, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
}

for (const entry of ['', 'index.html']) {
  test(`opened once by /${entry}, it opens again offline by / and by index.html`, async () => {
    const app = await openApp({ query: `${entry}?lang=en` });
    try {
      const cached = await waitForOffline(app.page);
      assert.equal(cached.names.length, 1, 'one versioned cache');
      for (const file of ['/index.html', '/hanoi2045.js', '/hanoi2045.wasm', '/hanoi2045.data', '/shell.js', '/api.js'])
        assert.ok(cached.files.includes(file), `${file} is precached (${cached.files})`);
      await app.page.context().setOffline(true);
      for (const address of ['', 'index.html', '?lang=vi']) {
        await app.page.goto(app.server.url + address, { waitUntil: 'load' });
        const ui = await waitForApp(app.page);
        assert.ok(ui.headline.length > 0, `offline by /${address}: the app draws its headline`);
        const levers = await app.page.evaluate(() => window.hanoi2045.levers().levers.length);
        assert.ok(levers >= 10, 'and answers');
      }
      const ui = await app.page.evaluate(() => window.hanoi2045.uiState());
      assert.equal(ui.language, 'vi', '?lang=vi offline too');
      // Nothing from the network while offline: the page loaded whole from the cache.
      assert.deepEqual(app.consoleErrors, []);
    } finally {
      await app.close();
    }
  });
}

test('a new build is installed on the next visit and the page says so; the manifest is declared', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'h2045-site-'));
  cpSync(siteDir, copy, { recursive: true });
  const app = await openApp({ query: '?lang=en', siteDir: copy });
  try {
    const first = await waitForOffline(app.page);
    const manifest = await app.page.evaluate(() => document.querySelector('link[rel=manifest]')?.getAttribute('href'));
    assert.equal(manifest, 'manifest.webmanifest');
    const parsed = JSON.parse(readFileSync(join(copy, manifest), 'utf8'));
    assert.equal(parsed.display, 'standalone');
    assert.ok(parsed.icons.length > 0);
    // Another build: the worker's version changes.
    const worker = join(copy, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const version = '[^']*'/, "const version = 'next-build'"));
    await app.page.reload({ waitUntil: 'load' });
    await waitForApp(app.page);
    await app.page.waitForFunction(() => window.H2045Page.updateInstalled === true, null, { timeout: readyTimeoutMs });
    const note = await app.page.evaluate(() => {
      const el = document.getElementById('update');
      return { hidden: el.hidden, text: el.textContent };
    });
    assert.equal(note.hidden, false, 'the page says a new version is installed');
    assert.match(note.text, /new version/);
    const after = await app.page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('hanoi2045-')));
    assert.deepEqual(after, ['hanoi2045-next-build'], `the old cache (${first.names}) is gone, the new one holds the app`);
  } finally {
    await app.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test('Chromium can install it as an app: no installability errors, every icon at its size', async () => {
  // Installability needs a profile of its own (an incognito context never installs).
  const profile = mkdtempSync(join(tmpdir(), 'h2045-profile-'));
  const server = await serveFolder();
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args: chromiumArgs });
  try {
    const page = await context.newPage();
    await page.goto(server.url + '?lang=en', { waitUntil: 'load' });
    await waitForApp(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'installable');
    const { errors, data } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(errors, [], 'the manifest parses without complaint');
    const manifest = JSON.parse(data);
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'), 'a maskable icon for launchers that crop');
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      const png = decodePng(readFileSync(join(siteDir, icon.src)));
      assert.equal(`${png.width}x${png.height}`, icon.sizes, icon.src);
    }
    const touch = await page.evaluate(() => document.querySelector('link[rel=apple-touch-icon]')?.getAttribute('href'));
    assert.equal(decodePng(readFileSync(join(siteDir, touch))).width, 180);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
