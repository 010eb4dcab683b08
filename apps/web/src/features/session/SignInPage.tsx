import { Alert, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { PublicLayout } from '../shell/PublicLayout.tsx';
import { shellStrings } from '../shell/shell.strings.ts';
import { usePlatformInfo } from './api/queries.ts';
import { safeNextPath } from './redirect.ts';
import { SignInForm } from './SignInForm.tsx';
import { sessionStrings as s } from './session.strings.ts';

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const platform = usePlatformInfo();
  const next = safeNextPath(params.get('next'));
  const isExpired = params.get('reason') === 'expired';

  return (
    <PublicLayout>
      <title>{shellStrings.pageTitle(s.pageTitle)}</title>
      <Container size={480} px={{ base: 'md', sm: 'lg' }} py={{ base: 'xl', sm: 56 }}>
        <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
          <Stack gap="lg">
            <div>
              <Title order={1} fz={{ base: 26, sm: 30 }} mb={6}>
                {s.heading}
              </Title>
              <Text c="dimmed">{s.intro}</Text>
            </div>
            {isExpired && (
              <Alert variant="light" title={s.expiredTitle} icon={<IconClockHour4 aria-hidden />}>
                {s.expiredDetail}
              </Alert>
            )}
            <SignInForm
              isDemo={platform.data?.isDemo === true}
              onSignedIn={() => navigate(next, { replace: true })}
            />
          </Stack>
        </Paper>
      </Container>
    </PublicLayout>
  );
}
