// Offline support: a workshop with bad Wi-Fi can open the app again once it has been opened.
// Every file of the app is cached when the worker installs (the build writes the list and the
// version in: cmake/precache.cmake); requests are answered from that cache first, so a slow
// network never stalls the start; another build (another version) replaces the cache on the
// next visit and the page says so (web/shell.js). Nothing from another origin is touched.
'use strict';
const version = '@H2045_VERSION@';
const files = @H2045_FILES@;
const cacheName = 'hanoi2045-' + version;

self.addEventListener('install', (event) => {
  // Fresh from the server (not the browser's HTTP cache), all or nothing.
  event.waitUntil(caches.open(cacheName)
    .then((cache) => cache.addAll(files.map((file) => new Request(file, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith('hanoi2045-') && name !== cacheName)
      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The page itself, entered by / or by index.html, with any query (?lang=vi).
  const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request;
  event.respondWith(caches.open(cacheName)
    .then((cache) => cache.match(key, { ignoreSearch: true }))
    .then((hit) => hit || fetch(request)));
});
