import { Anchor, type CSSVariablesResolver, createTheme, type MantineColorsTuple, Menu } from '@mantine/core';

/** A calm clinical blue-teal: shade 7 carries white text at 5.9:1; shade 4 reads at 5.1:1 on the dark body. */
const nexus: MantineColorsTuple = [
  '#e6f4f8',
  '#cde7f0',
  '#9ccfe1',
  '#67b5d1',
  '#3f9fc3',
  '#2690b9',
  '#1580ab',
  '#0b6c91',
  '#075b7a',
  '#034a64',
];

const FONT_STACK =
  "'Inter Variable', Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'nexus',
  colors: { nexus },
  primaryShade: { light: 7, dark: 7 },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Paper: { defaultProps: { radius: 'lg' } },
    // Links inside text must not rely on colour alone (WCAG 1.4.1; axe link-in-text-block).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // The placeholder Mantine puts first in a menu to take focus is not allowed inside role="menu"
    // (axe: aria-required-children); focus then goes to the first item, as the ARIA menu pattern has it.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});

/**
 * Mantine's default "dimmed" and error colours fall short of WCAG AA contrast (4.5:1) on white and on
 * the dark body; these keep every text colour at or above it in both schemes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': '#c92a2a',
    // Text of light-variant green and teal (success alerts, badges) on their tinted backgrounds.
    '--mantine-color-green-light-color': '#236b30',
    '--mantine-color-teal-light-color': '#06614a',
    '--nexus-surface': '#f4f7f9',
    '--nexus-accent-text': '#0b6c91',
  },
  dark: {
    '--mantine-color-dimmed': '#a6a6a6',
    '--mantine-color-error': '#ff8787',
    '--nexus-surface': '#1b1d1f',
    '--nexus-accent-text': '#67b5d1',
  },
});
