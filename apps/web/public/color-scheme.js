// Applies the remembered (or the operating system's) colour scheme before the app's first paint, so a
// dark-scheme user never sees a white flash. Keep the key in sync with src/app/color-scheme.ts.
(() => {
  try {
    const stored = window.localStorage.getItem('nexus-color-scheme');
    const prefersDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    const scheme = stored === 'light' || stored === 'dark' ? stored : prefersDark ? 'dark' : 'light';
    document.documentElement.setAttribute('data-mantine-color-scheme', scheme);
  } catch {
    // Storage can be blocked (privacy settings); the app then follows the operating system.
  }
})();
