// Saves a screenshot of the built web app as the browser tests see it.
//   node tools/web-screenshot.mjs OUT.png [--lang vi|en] [--size 1280x800] [--scale 1]
// Uses the browser-test harness (tests/browser/harness.mjs): build the web app first.
import { writeFile } from 'node:fs/promises';
import { openApp } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--') && !/^\d/.test(a) && !/^(vi|en)$/.test(a));
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
if (!out || !out.endsWith('.png')) {
  console.error('usage: node tools/web-screenshot.mjs OUT.png [--lang vi|en] [--size WxH] [--scale N]');
  process.exit(2);
}
const [width, height] = option('--size', '1280x800').split('x').map(Number);
const app = await openApp({
  query: `?lang=${option('--lang', 'vi')}`,
  viewport: { width, height },
  deviceScaleFactor: Number(option('--scale', '1')),
});
try {
  await app.nextFrame();
  await app.nextFrame();
  await writeFile(out, await app.page.screenshot({ type: 'png' }));
  console.log(`saved ${out}`);
  if (app.consoleErrors.length || app.failedRequests.length)
    console.error('page problems:', [...app.consoleErrors, ...app.failedRequests].join('\n'));
} finally {
  await app.close();
}
