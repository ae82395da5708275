// The page shell on its own: a browser without WebGL 2 gets a clear message and a
// rejected `ready`, and the language of the page's messages follows the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

// Pretends the browser has no WebGL 2 (as on old or blocklisted GPUs).
function withoutWebGL2() {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    return type === 'webgl2' ? null : original.call(this, type, ...rest);
  };
}

for (const [locale, expected] of [['en-US', /does not support WebGL 2/], ['vi-VN', /không hỗ trợ WebGL 2/]]) {
  test(`without WebGL 2 the page explains what is missing (${locale})`, async () => {
    const app = await openApp({ waitForReady: false, locale });
    try {
      await app.page.addInitScript(withoutWebGL2);
      await app.page.reload({ waitUntil: 'load' });
      const message = await app.page.textContent('#message');
      assert.match(message, expected);
      const visible = await app.page.evaluate(
        () => !document.getElementById('overlay').classList.contains('hidden'));
      assert.ok(visible, 'the message is visible');
      await assert.rejects(
        app.page.evaluate(() => window.hanoi2045.ready), /WebGL 2 is not available/);
      await assert.rejects(app.call('result'), /failed to start/);
      // Nothing else was even downloaded.
      const loaded = await app.page.evaluate(
        () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /hanoi2045\./.test(n)));
      assert.deepEqual(loaded, []);
    } finally {
      await app.close();
    }
  });
}

test('the browser language reaches the app', async () => {
  const app = await openApp({ locale: 'vi-VN' });
  try {
    const args = await app.page.evaluate(() => window.Module.arguments);
    assert.deepEqual(args, ['--lang', 'vi-VN']);
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'vi');
    assert.equal((await app.call('uiState')).language, 'vi', 'the app starts in the browser language');
    const title = await app.page.title();
    assert.match(title, /Lộ trình Hà Nội 2045/);
    app.expectClean();
  } finally {
    await app.close();
  }
});

test('?lang= in the address overrides the browser language', async () => {
  const app = await openApp({ locale: 'vi-VN', query: '?lang=en' });
  try {
    assert.deepEqual(await app.page.evaluate(() => window.Module.arguments), ['--lang', 'en']);
    assert.equal((await app.call('uiState')).language, 'en');
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
    app.expectClean();
  } finally {
    await app.close();
  }
});

test('an unknown ?lang= falls back to the browser language, not to English', async () => {
  for (const query of ['?lang=xx', '?lang=fr', '?lang=<b>']) {
    const app = await openApp({ locale: 'vi-VN', query });
    try {
      assert.deepEqual(await app.page.evaluate(() => window.Module.arguments), ['--lang', 'vi-VN'], query);
      assert.equal((await app.call('uiState')).language, 'vi', query);
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'vi', query);
      app.expectClean();
    } finally {
      await app.close();
    }
  }
});

test('once loaded, the page reloads and runs without a network', async () => {
  const app = await openApp({ query: '?lang=en' });
  try {
    // The service worker has cached what the first load fetched.
    await app.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
      }
    });
    await app.page.reload({ waitUntil: 'load' });  // this load goes through the worker and fills the cache
    await app.page.evaluate(() => window.hanoi2045.ready);
    await app.page.context().setOffline(true);
    app.failedRequests.length = 0;
    await app.page.reload({ waitUntil: 'load' });
    await app.page.evaluate(() => window.hanoi2045.ready);
    const result = await app.call('result');
    assert.ok(Object.keys(result).length > 0, 'the app answers offline');
  } finally {
    await app.close();
  }
});
