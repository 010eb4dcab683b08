import { localStorageColorSchemeManager } from '@mantine/core';

/** Also read by public/color-scheme.js before the app starts; keep the two in step. */
export const COLOR_SCHEME_STORAGE_KEY = 'nexus-color-scheme';

/** Remembers the user's choice in localStorage; without one, the app follows the operating system. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });
