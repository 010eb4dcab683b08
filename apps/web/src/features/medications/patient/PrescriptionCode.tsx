import { Button, CopyButton, Image, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { prescriptionQrHref } from '../api/paths.ts';
import classes from '../display/Medications.module.css';
import { medicationStrings as s } from '../medications.strings.ts';

type PrescriptionCodeProps = { patientId: string; prescriptionId: string; medicine: string; token: string };

/**
 * The signed code the pharmacy verifies: as a QR code (the server draws it), and as text to copy or
 * read out when a camera cannot scan it.
 */
export function PrescriptionCode({ patientId, prescriptionId, medicine, token }: PrescriptionCodeProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" mt="md">
      <Title order={4} fz="sm" id={headingId}>
        {s.codeHeading}
      </Title>
      <Text size="sm">{s.codeIntro}</Text>
      <Image
        src={prescriptionQrHref(patientId, prescriptionId)}
        alt={s.qrAlt(medicine)}
        className={classes.qr}
        w={240}
        h="auto"
      />
      <Textarea
        label={s.codeTextLabel}
        value={token}
        readOnly
        rows={6}
        className={classes.code}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div>
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant="default"
              leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
              onClick={copy}
            >
              {copied ? s.codeCopied : s.copyCode}
            </Button>
          )}
        </CopyButton>
      </div>
    </Stack>
  );
}
