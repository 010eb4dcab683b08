// The service worker of LifeCare Nexus: it shows web-push notifications and opens their link when one
// is clicked. Nothing else: no caching, no offline pages. A push carries only a title and a path in the
// app (never health data); the page it opens checks access again.
// Registered by src/features/notifications/push/browser-push.ts with scope '/'.

const FALLBACK_TITLE = 'LifeCare Nexus';

/** A path in this app, or the start page: a push never opens another site. */
function appUrl(link) {
  if (typeof link !== 'string' || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) {
    return new URL('/', self.location.origin).href;
  }
  const url = new URL(link, self.location.origin);
  return url.origin === self.location.origin ? url.href : new URL('/', self.location.origin).href;
}

function readPush(event) {
  try {
    const data = event.data ? event.data.json() : {};
    return {
      title:
        typeof data.title === 'string' && data.title.trim() !== ''
          ? data.title.slice(0, 200)
          : FALLBACK_TITLE,
      url: appUrl(data.link),
    };
  } catch {
    return { title: FALLBACK_TITLE, url: appUrl('/') };
  }
}

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('push', (event) => {
  const { title, url } = readPush(event);
  event.waitUntil(self.registration.showNotification(title, { icon: '/favicon.svg', data: { url } }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url ?? '/', self.location.origin);
  const url = target.origin === self.location.origin ? target.href : appUrl('/');
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window' });
      // A tab of the app this worker controls goes to the link; otherwise a new one opens there.
      for (const client of windows) {
        try {
          const navigated = await client.navigate(url);
          await (navigated ?? client).focus();
          return;
        } catch {
          // Not ours to steer (not controlled yet): try the next, or open a new tab.
        }
      }
      await self.clients.openWindow(url);
    })(),
  );
});
