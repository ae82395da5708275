// Offline support: a workshop with bad Wi-Fi can reload the page once it has been loaded.
// Network first, so a new version is used as soon as the server has it; the cache answers
// only when the network does not.
'use strict';
const cacheName = 'hanoi2045-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(cacheName).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true })
        .then((cached) => cached || Promise.reject(new Error('offline and not cached: ' + request.url)))));
});
