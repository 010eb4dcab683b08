import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { shellStrings } from './shell.strings.ts';

/** Switches between light and dark; the choice is remembered, and without one the OS setting applies. */
export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const current = useComputedColorScheme('light');
  const isDark = current === 'dark';
  const label = isDark ? shellStrings.switchToLight : shellStrings.switchToDark;
  return (
    <ActionIcon
      variant="default"
      size={38}
      radius="md"
      aria-label={label}
      onClick={() => setColorScheme(isDark ? 'light' : 'dark')}
    >
      {isDark ? <IconSun size={20} stroke={1.7} /> : <IconMoon size={20} stroke={1.7} />}
    </ActionIcon>
  );
}
