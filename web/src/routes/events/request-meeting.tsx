import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../api/session';
import type { Participant } from '../../api/events-types';
import type { Need } from '../../api/needs-types';
import type { Page } from '../../api/types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { canMeet } from './common';
import { eventsApi, participantsQuery } from './queries';

/** Open part needs a meeting can be about: the buyer's own, or (for an IKM) the counterpart buyer's. */
function useTopicNeeds(buyerOrgId: string | null) {
  return useQuery({
    queryKey: ['needs', 'list', { buyerOrgId, status: 'open', pageSize: 100 }],
    queryFn: ({ signal }) => api.get<Page<Need>>('/api/needs', { buyerOrgId: buyerOrgId ?? undefined, status: 'open', pageSize: 100 }, signal),
    enabled: !!buyerOrgId,
    retry: false,
  });
}

/** Ask another participant for a meeting, with a message and optionally a part need as its topic. */
export function RequestMeetingButton({ eventId, mine, to, size = 'sm', variant = 'filled' }: { eventId: string; mine: Participant; to?: Participant; size?: 'xs' | 'sm'; variant?: 'filled' | 'light' }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string | null>(to?.id ?? null);
  const [needId, setNeedId] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const participants = useQuery({ ...participantsQuery(eventId), enabled: open && !to });
  const candidates = (to ? [to] : (participants.data ?? [])).filter((p) => p.status === 'registered' && p.orgId !== mine.orgId && canMeet(me.kind, p.orgKind));
  const counterpart = candidates.find((p) => p.id === target) ?? null;
  const buyerOrgId = me.kind === 'buyer' ? me.organisation.id : counterpart?.orgKind === 'buyer' ? counterpart.orgId : null;
  const needs = useTopicNeeds(open ? buyerOrgId : null);
  const send = useMutation({
    mutationFn: () => eventsApi.requestMeeting(eventId, { toParticipantId: target!, message: message.trim() || null, needId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['events', eventId] });
      close();
    },
  });
  const close = () => {
    setOpen(false);
    setTarget(to?.id ?? null);
    setNeedId(null);
    setMessage('');
    send.reset();
  };

  return (
    <>
      <Button size={size} variant={variant} onClick={() => setOpen(true)}>{t('events.meetings.request')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={close} title={to ? t('events.meetings.requestWith', { org: to.orgName }) : t('events.meetings.request')} centered>
        <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (target) send.mutate(); }}>
          <Stack>
            <FormError message={send.isError ? errorMessage(t, send.error) : null} />
            {!to && (
              <Select
                label={t('events.meetings.with')}
                placeholder={t('events.meetings.withPlaceholder')}
                required
                searchable
                data={candidates.map((p) => ({ value: p.id, label: `${p.orgName}${p.boothCode ? ` · ${p.boothCode}` : ''}` }))}
                value={target}
                onChange={(v) => { setTarget(v); setNeedId(null); }}
                nothingFoundMessage={t('events.meetings.noCandidates')}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            {buyerOrgId && (needs.data?.items.length ?? 0) > 0 && (
              <Select
                label={t('events.meetings.topic')}
                placeholder={t('events.meetings.topicPlaceholder')}
                clearable
                data={(needs.data?.items ?? []).map((n) => ({ value: n.id, label: `${n.reference} · ${n.partName}` }))}
                value={needId}
                onChange={setNeedId}
                comboboxProps={{ withinPortal: true }}
              />
            )}
            <Textarea label={t('events.meetings.message')} placeholder={t('events.meetings.messagePlaceholder')} autosize minRows={3} maxLength={2000} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
              <Button type="submit" disabled={!target} loading={send.isPending}>{t('events.meetings.send')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
