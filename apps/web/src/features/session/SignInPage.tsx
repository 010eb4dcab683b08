import { Alert, Box, Container, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PublicLayout } from '../shell/PublicLayout.tsx';
import { shellStrings } from '../shell/shell.strings.ts';
import { usePlatformInfo } from './api/queries.ts';
import { DemoAccountsHint } from './DemoAccountsHint.tsx';
import { safeNextPath } from './redirect.ts';
import { SignInForm } from './SignInForm.tsx';
import { sessionStrings as s } from './session.strings.ts';

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const platform = usePlatformInfo();
  const [email, setEmail] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);
  const next = safeNextPath(params.get('next'));
  const isExpired = params.get('reason') === 'expired';
  const demoAccounts = platform.data?.isDemo ? platform.data.demoAccounts : [];
  const isDemo = demoAccounts.length > 0;

  const pickDemoAccount = (demoEmail: string) => {
    setEmail(demoEmail);
    passwordRef.current?.focus();
  };

  return (
    <PublicLayout>
      <title>{shellStrings.pageTitle(s.pageTitle)}</title>
      <Container size={isDemo ? 920 : 480} px={{ base: 'md', sm: 'lg' }} py={{ base: 'lg', sm: 56 }}>
        <SimpleGrid cols={{ base: 1, md: isDemo ? 2 : 1 }} spacing={{ base: 'lg', md: 32 }}>
          <Box>
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
                  email={email}
                  onEmailChange={setEmail}
                  passwordRef={passwordRef}
                  onSignedIn={() => navigate(next, { replace: true })}
                />
              </Stack>
            </Paper>
          </Box>
          {isDemo && (
            <Box>
              <DemoAccountsHint accounts={demoAccounts} onPick={pickDemoAccount} />
            </Box>
          )}
        </SimpleGrid>
      </Container>
    </PublicLayout>
  );
}
