// Measures what an idle page costs: animation-frame callbacks and main-thread time over
// 10 s with no input, after the app has settled. Not a test (it asserts nothing); run it
// against a built web folder:
//   cd tests/browser && node measure-idle.mjs            (H2045_SITE_DIR picks another build)
import { openApp } from './harness.mjs';
import { countAnimationFrames, waitUntilQuiet } from './idle.mjs';

const seconds = Number(process.argv[2] || 10);
for (const setup of [
  { name: 'desktop 1280x800', viewport: { width: 1280, height: 800 } },
  { name: 'tablet 1180x820@2 touch', viewport: { width: 1180, height: 820 }, deviceScaleFactor: 2, hasTouch: true },
]) {
  const app = await openApp({ query: '?lang=en', initScript: countAnimationFrames, ...setup });
  try {
    await waitUntilQuiet(app.page);
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Performance.enable');
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metric();
    const framesBefore = await app.page.evaluate(() => [window.__rafCallbacks, window.__framesDrawnTotal]);
    await new Promise((done) => setTimeout(done, seconds * 1000));
    const after = await metric();
    const framesAfter = await app.page.evaluate(() => [window.__rafCallbacks, window.__framesDrawnTotal]);
    const ms = (name) => ((after[name] - before[name]) * 1000).toFixed(1);
    console.log(`${setup.name}: over ${seconds} s idle: ${framesAfter[0] - framesBefore[0]} requestAnimationFrame callbacks, ` +
                `${framesAfter[1] - framesBefore[1]} frames drawn, TaskDuration ${ms('TaskDuration')} ms, ` +
                `ScriptDuration ${ms('ScriptDuration')} ms`);
  } finally {
    await app.close();
  }
}
