// Measures how long the page takes from navigation to its first interactive frame (the
// automation API's `ready`), on a first visit and on a second one (files from the service
// worker's cache), from a local server in headless Chromium. Not a test (it asserts nothing):
//   cd tests/browser && node measure-start.mjs [runs]      (H2045_SITE_DIR picks another build)
import { openApp } from './harness.mjs';

const runs = Number(process.argv[2] || 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const first = [], second = [];
for (let i = 0; i < runs; i++) {
  const app = await openApp({ query: '?lang=vi', viewport: { width: 1280, height: 800 } });
  try {
    // performance.now() counts from the navigation's start.
    first.push(await app.page.evaluate(() => window.hanoi2045.ready.then(() => performance.now())));
    await app.page.evaluate(() => navigator.serviceWorker.ready);
    await app.page.reload({ waitUntil: 'load' });
    await app.page.waitForFunction(() => window.hanoi2045 !== undefined);
    second.push(await app.page.evaluate(() => window.hanoi2045.ready.then(() => performance.now())));
  } finally {
    await app.close();
  }
}
console.log(`first interactive frame, first visit: median ${median(first).toFixed(0)} ms (${first.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`first interactive frame, second visit: median ${median(second).toFixed(0)} ms (${second.map((t) => t.toFixed(0)).join(', ')})`);
