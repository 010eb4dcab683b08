import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { AssignableRole, type Member } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { roleLabels } from '../../portals/shared/portal.strings.ts';
import { membersStrings as s } from './members.strings.ts';

type MemberRolesDialogProps = {
  member: Member;
  isPending: boolean;
  failure: string | null;
  onSave: (roles: AssignableRole[]) => void;
  onCancel: () => void;
};

const ASSIGNABLE = AssignableRole.options;

/** Chooses a member's roles in the organisation (platform administrator is not given here). */
export function MemberRolesDialog({ member, isPending, failure, onSave, onCancel }: MemberRolesDialogProps) {
  const [roles, setRoles] = useState<string[]>(member.roles.filter((role) => role !== 'platform_admin'));
  const [isEmpty, setEmpty] = useState(false);
  const keepsOwnAdmin = member.isYou && member.roles.includes('org_admin');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = ASSIGNABLE.filter(
      (role) => roles.includes(role) || (keepsOwnAdmin && role === 'org_admin'),
    );
    setEmpty(chosen.length === 0);
    if (chosen.length > 0) onSave(chosen);
  };

  return (
    <Modal
      opened
      onClose={onCancel}
      title={s.rolesDialogTitle(member.displayName)}
      centered
      closeOnEscape={!isPending}
      closeOnClickOutside={!isPending}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Checkbox.Group
            label={s.rolesDialogIntro}
            value={roles}
            onChange={setRoles}
            error={isEmpty ? s.rolesRequired : undefined}
          >
            <Stack gap="xs" mt="xs">
              {ASSIGNABLE.map((role) => (
                <Checkbox
                  key={role}
                  value={role}
                  label={roleLabels[role]}
                  disabled={keepsOwnAdmin && role === 'org_admin'}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {keepsOwnAdmin && (
            <Text size="sm" c="dimmed">
              {s.ownAdminNote}
            </Text>
          )}
          {failure && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.rolesFailed}>
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} disabled={isPending}>
              {s.cancel}
            </Button>
            <Button type="submit" loading={isPending}>
              {s.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
