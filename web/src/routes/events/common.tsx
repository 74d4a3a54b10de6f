import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import type { EventStatus, Meeting, MeetingOutcome } from '../../api/events-types';
import type { AccessRule } from '../../access';

/** Page rules of the events area (the server enforces the same). */
export const EVENTS_ACCESS = {
  read: {},
  programmeStaff: { kinds: ['programme'], roles: ['admin', 'staff'] },
} satisfies Record<string, AccessRule>;

export const isProgrammeStaff = (me: Me) => me.kind === 'programme' && (me.roles.includes('admin') || me.roles.includes('staff'));
/** Admins and staff act for their organisation (register, request, accept); viewers only look. */
export const canActForOrg = (me: Me) => me.kind !== 'programme' && (me.roles.includes('admin') || me.roles.includes('staff'));

/** Meetings put an IKM in front of industry: one side must be an IKM. */
export const canMeet = (myKind: string, otherKind: string) => myKind !== 'programme' && otherKind !== 'programme' && (myKind === 'ikm' || otherKind === 'ikm');

const EVENT_COLORS: Record<EventStatus, string> = { draft: 'gray', published: 'green', closed: 'dark' };
export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return <Badge color={EVENT_COLORS[status]} variant="light" size="sm">{t(`events.status.${status}`)}</Badge>;
}

/** Status of a meeting as the user sees it: requested, declined, cancelled, or accepted and (not yet) scheduled / confirmed. */
export function MeetingStatusBadge({ meeting }: { meeting: Pick<Meeting, 'status' | 'slot' | 'isConfirmed'> }) {
  const { t } = useTranslation();
  if (meeting.status === 'accepted') {
    if (!meeting.slot) return <Badge color="yellow" variant="light" size="sm">{t('events.meetingState.unscheduled')}</Badge>;
    return <Badge color={meeting.isConfirmed ? 'green' : 'teal'} variant="light" size="sm">{t(meeting.isConfirmed ? 'events.meetingState.confirmed' : 'events.meetingState.scheduled')}</Badge>;
  }
  const color = meeting.status === 'requested' ? 'blue' : 'gray';
  return <Badge color={color} variant="light" size="sm">{t(`events.meetingStatus.${meeting.status}`)}</Badge>;
}

const OUTCOME_COLORS: Record<MeetingOutcome, string> = { no_show: 'red', not_interested: 'gray', interested: 'blue', quotation_requested: 'teal', mou_intended: 'green' };
export function OutcomeBadge({ outcome }: { outcome: MeetingOutcome }) {
  const { t } = useTranslation();
  return <Badge color={OUTCOME_COLORS[outcome]} variant="outline" size="sm">{t(`events.outcomes.${outcome}`)}</Badge>;
}

/** "1 Nov 2022" or "1–2 Nov 2022" from YYYY-MM-DD dates, in the UI language. */
export function formatDayRange(from: string, to: string, lang: string): string {
  const fmt = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${from} – ${to}`;
  return from === to ? fmt.format(a) : fmt.formatRange(a, b);
}

/** "Selasa, 1 November 2022" from YYYY-MM-DD. */
export function formatLongDay(date: string, lang: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Groups items by a YYYY-MM-DD key, keeping order. */
export function byDate<T>(items: T[], dateOf: (t: T) => string): [string, T[]][] {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const d = dateOf(it);
    out.set(d, [...(out.get(d) ?? []), it]);
  }
  return [...out];
}
