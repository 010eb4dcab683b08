import { Button, Menu } from '@mantine/core';
import { IconCheck, IconSelector } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PortalDefinition } from '../../portals/shared/portal.types.ts';
import { shellStrings } from './shell.strings.ts';

type PortalSwitcherProps = {
  portals: readonly PortalDefinition[];
  current: PortalDefinition | undefined;
  fullWidth?: boolean;
};

/** For people with several roles: shows the current portal and moves between their portals. */
export function PortalSwitcher({ portals, current, fullWidth }: PortalSwitcherProps) {
  const label = current?.title ?? shellStrings.choosePortal;
  const CurrentIcon = current?.icon;
  return (
    <Menu position="bottom-start" width={260} shadow="md">
      <Menu.Target>
        <Button
          variant="default"
          fullWidth={fullWidth}
          justify={fullWidth ? 'space-between' : undefined}
          leftSection={CurrentIcon ? <CurrentIcon size={18} aria-hidden /> : undefined}
          rightSection={<IconSelector size={16} aria-hidden />}
          aria-label={shellStrings.switchPortal(label)}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{shellStrings.portalsHeading}</Menu.Label>
        {portals.map((portal) => {
          const isCurrent = portal.id === current?.id;
          return (
            <Menu.Item
              key={portal.id}
              component={Link}
              to={portal.path}
              aria-current={isCurrent ? 'page' : undefined}
              leftSection={<portal.icon size={18} aria-hidden />}
              rightSection={isCurrent ? <IconCheck size={16} aria-hidden /> : null}
            >
              {portal.title}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
