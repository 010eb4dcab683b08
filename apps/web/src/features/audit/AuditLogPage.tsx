import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { isApiError, isUnauthorized } from '../../api/api-error.ts';
import { usePortal } from '../../portals/shared/usePortal.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useVerifyAudit } from './api/mutations.ts';
import { auditStrings as s } from './audit.strings.ts';

const verifiedAtFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** Platform administrators verify the audit log's chain and signed checkpoints on demand. */
export function AuditLogPage() {
  const { portal, memberships } = usePortal();
  const verify = useVerifyAudit();
  const isPlatformAdmin = memberships.some((m) => m.role === 'platform_admin');
  const report = verify.data;

  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.title} description={s.intro} />
      {!isPlatformAdmin ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={s.notPlatformAdminTitle}>
          {s.notPlatformAdminDetail}
        </Alert>
      ) : (
        <Paper withBorder p="lg" component="section" aria-labelledby="audit-verify">
          <Title order={2} fz="lg" mb="md" id="audit-verify">
            {s.verifyHeading}
          </Title>
          <Button
            leftSection={<IconShieldCheck size={18} aria-hidden />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
            mb="md"
          >
            {s.verify}
          </Button>
          <div aria-live="polite">
            {verify.isPending && <Text c="dimmed">{s.verifying}</Text>}
            {report?.isIntact && (
              <Alert
                color="teal"
                variant="light"
                icon={<IconShieldCheck aria-hidden />}
                title={s.intactTitle}
              >
                <Text size="sm">{s.intactDetail(report.entries, report.checkpoints)}</Text>
                <Text size="sm" c="dimmed">
                  {s.verifiedAt(verifiedAtFormat.format(new Date(report.verifiedAt)))}
                </Text>
              </Alert>
            )}
            {report && !report.isIntact && report.problem && (
              <Alert color="red" variant="filled" icon={<IconShieldX aria-hidden />} title={s.brokenTitle}>
                <Text size="sm" fw={600}>
                  {s.brokenEntry(report.problem.seq)} —{' '}
                  {s.problems[report.problem.problem] ?? report.problem.problem}
                </Text>
                <Text size="sm">{report.problem.detail}</Text>
                <Text size="sm" mt="xs">
                  {s.brokenAdvice}
                </Text>
                <Text size="sm" mt="xs">
                  {s.verifiedAt(verifiedAtFormat.format(new Date(report.verifiedAt)))}
                </Text>
              </Alert>
            )}
          </div>
          {verify.isError && !isUnauthorized(verify.error) && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.failed}>
              {isApiError(verify.error) && verify.error.problem.detail
                ? verify.error.problem.detail
                : s.errorFallback}
            </Alert>
          )}
        </Paper>
      )}
    </Stack>
  );
}
