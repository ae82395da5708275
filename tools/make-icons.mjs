// Draws the app's PNG icons (web/icon-192.png, icon-512.png, icon-maskable-512.png,
// apple-touch-icon.png) from web/favicon.svg in headless Chromium. Run it after changing the
// SVG, from the repository: node tools/make-icons.mjs (tools/setup.sh installs what it needs).
// The maskable icon fills the whole square and keeps the drawing in the central 80 %, the
// safe zone launchers may crop to a circle.
import { chromium } from '../tests/browser/node_modules/playwright-core/index.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const web = (name) => new URL(`../web/${name}`, import.meta.url).pathname;
const svg = readFileSync(web('favicon.svg'), 'utf8');
const drawing = svg.replace(/^<svg[^>]*>/, '').replace('</svg>', '').replace(/<rect[^>]*\/>/, '');
const maskable = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1b1f27"/>' +
                 `<g transform="translate(3.2 3.2) scale(0.8)">${drawing}</g></svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
for (const [name, source, size] of [['icon-192.png', svg, 192], ['icon-512.png', svg, 512],
                                    ['icon-maskable-512.png', maskable, 512], ['apple-touch-icon.png', maskable, 180]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const image = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
  await page.setContent(`<body style="margin:0"><img style="display:block;width:${size}px;height:${size}px" src="${image}"></body>`);
  writeFileSync(web(name), await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
