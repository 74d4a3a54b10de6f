import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MEETING_OUTCOMES, type Meeting, type MeetingOutcome } from '../../api/events-types';
import { ConfirmButton } from '../../components/confirm-button';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { eventsApi } from './queries';

const useRefresh = (eventId: string) => {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['events', eventId] });
};

/** Accept or decline a request, with an optional reply. */
export function RespondButton({ meeting, action }: { meeting: Meeting; action: 'accept' | 'decline' }) {
  const { t } = useTranslation();
  const refresh = useRefresh(meeting.eventId);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const run = useMutation({
    mutationFn: () => eventsApi.respond(meeting.id, action, message.trim() || null),
    onSuccess: () => {
      setOpen(false);
      setMessage('');
      refresh();
    },
  });
  const label = t(action === 'accept' ? 'events.meetings.accept' : 'events.meetings.decline');
  return (
    <>
      <Button size="xs" variant={action === 'accept' ? 'filled' : 'light'} color={action === 'accept' ? 'green' : 'red'} onClick={() => setOpen(true)}>{label}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => { setOpen(false); run.reset(); }} title={`${label}: ${meeting.counterpart?.orgName ?? ''}`} centered>
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          <Textarea label={t('events.meetings.replyOptional')} autosize minRows={2} maxLength={2000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button color={action === 'accept' ? 'green' : 'red'} loading={run.isPending} onClick={() => run.mutate()}>{label}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function CancelMeetingButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const refresh = useRefresh(meeting.eventId);
  return (
    <ConfirmButton title={t('events.meetings.cancel')} message={t('events.meetings.cancelConfirm')} confirmLabel={t('events.meetings.cancel')} onConfirm={() => eventsApi.respond(meeting.id, 'cancel')} onDone={refresh} buttonProps={{ variant: 'subtle' }}>
      {t('events.meetings.cancel')}
    </ConfirmButton>
  );
}

export function CheckInMeetingButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const refresh = useRefresh(meeting.eventId);
  const run = useMutation({ mutationFn: () => eventsApi.checkInMeeting(meeting.id), onSuccess: refresh });
  if (meeting.checkedInAt) return null;
  return <Button size="xs" variant="light" loading={run.isPending} onClick={() => run.mutate()}>{t('events.meetings.checkIn')}</Button>;
}

/** Record the outcome of a held (or missed) meeting: feeds the event KPIs. */
export function OutcomeButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const refresh = useRefresh(meeting.eventId);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<MeetingOutcome | null>(meeting.outcome);
  const [note, setNote] = useState(meeting.outcomeNote ?? '');
  const run = useMutation({
    mutationFn: () => eventsApi.recordOutcome(meeting.id, outcome!, note.trim() || null),
    onSuccess: () => {
      setOpen(false);
      refresh();
    },
  });
  return (
    <>
      <Button size="xs" variant="light" color="teal" onClick={() => setOpen(true)}>{meeting.outcome ? t('events.meetings.changeOutcome') : t('events.meetings.recordOutcome')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => { setOpen(false); run.reset(); }} title={t('events.meetings.recordOutcome')} centered>
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          <Select label={t('events.meetings.outcome')} required data={MEETING_OUTCOMES.map((o) => ({ value: o, label: t(`events.outcomes.${o}`) }))} value={outcome} onChange={(v) => setOutcome(v as MeetingOutcome | null)} comboboxProps={{ withinPortal: true }} />
          <Textarea label={t('events.meetings.outcomeNote')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button disabled={!outcome} loading={run.isPending} onClick={() => run.mutate()}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
