import { Badge, Button } from '@mantine/core';
import type { SessionSummary } from '@nexus/contracts';
import { IconDeviceDesktopOff } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { accountStrings as s } from '../account.strings.ts';
import classes from './Sessions.module.css';
import { formatFullMoment, formatMoment, formatTimeAgo } from './session-times.ts';

type SessionItemProps = {
  session: SessionSummary;
  now: Date;
  /** Offered for every session but the current one (which "Sign out" ends). */
  onEnd: (session: SessionSummary) => void;
};

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.detail}>
      <dt className={classes.label}>{label}</dt>
      <dd className={classes.value}>{children}</dd>
    </div>
  );
}

function Moment({ iso, children }: { iso: string; children: string }) {
  return (
    <time dateTime={iso} title={formatFullMoment(iso)}>
      {children}
    </time>
  );
}

/** One session: which device, from where, since when, last active; and a button to end it. */
export function SessionItem({ session, now, onEnd }: SessionItemProps) {
  const detailsId = useId();
  return (
    <li className={classes.item}>
      <h3 className={classes.device}>
        <span>{session.device}</span>
        {session.isCurrent && (
          <Badge variant="filled" tt="none" size="md">
            {s.thisDevice}
          </Badge>
        )}
      </h3>
      <dl className={classes.details} id={detailsId}>
        <Detail label={s.ipLabel}>{session.sourceIp ?? s.ipUnknown}</Detail>
        <Detail label={s.signedInLabel}>
          <Moment iso={session.createdAt}>{formatMoment(session.createdAt, now)}</Moment>
        </Detail>
        <Detail label={s.lastActiveLabel}>
          <Moment iso={session.lastSeenAt}>{formatTimeAgo(session.lastSeenAt, now)}</Moment>
        </Detail>
      </dl>
      <div className={classes.action}>
        {!session.isCurrent && (
          <Button
            variant="light"
            color="red"
            leftSection={<IconDeviceDesktopOff size={18} aria-hidden />}
            aria-label={s.endSessionLabel(session.device)}
            aria-describedby={detailsId}
            onClick={() => onEnd(session)}
          >
            {s.endSession}
          </Button>
        )}
      </div>
    </li>
  );
}
