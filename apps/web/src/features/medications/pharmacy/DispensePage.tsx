import { Alert, Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import type { VerifiedPrescription } from '@nexus/contracts';
import { IconAlertTriangle, IconCamera, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useVerifyPrescription } from '../api/mutations.ts';
import { CodeScanner } from './CodeScanner.tsx';
import { DispenseForm } from './DispenseForm.tsx';
import { PharmacyQueueSection } from './PharmacyQueueSection.tsx';
import { pharmacyStrings as s } from './pharmacy.strings.ts';
import { VerificationResult } from './VerificationResult.tsx';

type Verified = { token: string; result: VerifiedPrescription; remainingUnits: number | null };

function Dispensing({ organisationId }: { organisationId: string }) {
  const verify = useVerifyPrescription(organisationId);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isScanning, setScanning] = useState(false);
  const [verified, setVerified] = useState<Verified | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const check = (text: string) => {
    const token = text.trim();
    if (token === '') {
      setError(s.codeRequired);
      return;
    }
    setError(undefined);
    setFailure(null);
    setVerified(null);
    verify.mutate(token, {
      onSuccess: (result) => setVerified({ token, result, remainingUnits: null }),
      onError: (problem) => {
        if (!isUnauthorized(problem)) setFailure(detailOf(problem));
      },
    });
  };

  const takeCode = (text: string) => {
    setCode(text);
    setScanning(false);
    check(text);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    check(code);
  };

  const valid = verified?.result.valid ? verified.result : null;
  return (
    <>
      <RecordSection title={s.codeHeading}>
        <Stack gap="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Textarea
                label={s.codeLabel}
                description={s.codeHint}
                value={code}
                onChange={(event) => {
                  setCode(event.currentTarget.value);
                  setVerified(null);
                }}
                error={error}
                rows={3}
                spellCheck={false}
                autoComplete="off"
                autoCapitalize="off"
                styles={{
                  input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' },
                }}
              />
              {isScanning && <CodeScanner onCode={takeCode} onClose={() => setScanning(false)} />}
              <Group gap="sm">
                <Button
                  type="submit"
                  leftSection={<IconShieldCheck size={16} aria-hidden />}
                  loading={verify.isPending}
                >
                  {s.verify}
                </Button>
                {!isScanning && (
                  <Button
                    variant="default"
                    leftSection={<IconCamera size={16} aria-hidden />}
                    onClick={() => setScanning(true)}
                  >
                    {s.scan}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
          <div aria-live="polite">
            {verified && (
              <VerificationResult result={verified.result} remainingUnits={verified.remainingUnits} />
            )}
          </div>
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={s.verifyFailed}
            >
              {failure}
            </Alert>
          )}
          {verified && valid && (
            <DispenseForm
              key={verified.token}
              organisationId={organisationId}
              token={verified.token}
              remainingUnits={verified.remainingUnits ?? valid.remainingUnits}
              onDispensed={(result) =>
                setVerified((current) =>
                  current ? { ...current, remainingUnits: result.remainingUnits } : current,
                )
              }
            />
          )}
        </Stack>
      </RecordSection>
      <PharmacyQueueSection organisationId={organisationId} onUse={(entry) => takeCode(entry.token)} />
    </>
  );
}

/** The pharmacist's Dispense page: a prescription code in (scanned, pasted or typed), verified, dispensed. */
export function DispensePage() {
  const { portal, memberships } = usePortal();
  const pharmacies = memberships.filter((membership) => membership.role === 'pharmacist');
  const [chosen, setChosen] = useState(pharmacies[0]?.organisationId ?? '');
  const organisationId = pharmacies.some((p) => p.organisationId === chosen)
    ? chosen
    : (pharmacies[0]?.organisationId ?? '');
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.dispenseTitle} description={s.dispenseIntro} />
      {pharmacies.length > 1 && (
        <NativeSelect
          label={s.pharmacyLabel}
          value={organisationId}
          onChange={(event) => setChosen(event.currentTarget.value)}
          data={pharmacies.map((p) => ({ value: p.organisationId, label: p.organisationName }))}
          maw={360}
        />
      )}
      {organisationId ? (
        // Keyed by pharmacy: another pharmacy starts afresh (its own queue, nothing verified yet).
        <Dispensing key={organisationId} organisationId={organisationId} />
      ) : (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={s.noPharmacyTitle}>
          {s.noPharmacyDetail}
        </Alert>
      )}
    </Stack>
  );
}
