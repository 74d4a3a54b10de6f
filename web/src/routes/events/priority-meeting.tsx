import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { canMeet } from './common';
import { eventsApi, participantsQuery } from './queries';

/** Programme staff add a meeting they want to happen (accepted at once, scheduled with priority). */
export function PriorityMeetingButton({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const [priority, setPriority] = useState('3');
  const [message, setMessage] = useState('');
  const participants = useQuery({ ...participantsQuery(eventId), enabled: open });
  const registered = (participants.data ?? []).filter((p) => p.status === 'registered');
  const first = registered.find((p) => p.id === a);
  const options = (list: typeof registered) => list.map((p) => ({ value: p.id, label: `${p.orgName} (${t(`kinds.${p.orgKind}`)})` }));
  const add = useMutation({
    mutationFn: () => eventsApi.addPriority(eventId, { aParticipantId: a!, bParticipantId: b!, priority: Number(priority), message: message.trim() || null }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['events', eventId] });
      close();
    },
  });
  const close = () => {
    setOpen(false);
    setA(null);
    setB(null);
    setMessage('');
    add.reset();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('events.meetings.addPriority')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={close} title={t('events.meetings.addPriority')} centered>
        <Stack>
          <FormError message={add.isError ? errorMessage(t, add.error) : null} />
          <Select label={t('events.meetings.sideA')} required searchable data={options(registered)} value={a} onChange={(v) => { setA(v); setB(null); }} comboboxProps={{ withinPortal: true }} />
          <Select label={t('events.meetings.sideB')} required searchable disabled={!first} data={options(registered.filter((p) => first && p.orgId !== first.orgId && canMeet(first.orgKind, p.orgKind)))} value={b} onChange={setB} comboboxProps={{ withinPortal: true }} />
          <Select label={t('events.meetings.priority')} data={Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))} value={priority} onChange={(v) => setPriority(v ?? '3')} comboboxProps={{ withinPortal: true }} />
          <Textarea label={t('events.meetings.message')} autosize minRows={2} maxLength={2000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button disabled={!a || !b} loading={add.isPending} onClick={() => add.mutate()}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
