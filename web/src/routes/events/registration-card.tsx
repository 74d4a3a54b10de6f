import { Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import type { LinkEvent, Participant, ParticipantRole } from '../../api/events-types';
import { ConfirmButton } from '../../components/confirm-button';
import { FormError } from '../../components/states';
import { EMAIL_PATTERN, useForm } from '../../forms/use-form';
import { canActForOrg } from './common';
import { eventsApi } from './queries';

type Values = { role: ParticipantRole; contactName: string; contactEmail: string; contactPhone: string };

/** The caller's organisation at the event: its registration (and cancelling it), or a form to register within the window. */
export function RegistrationCard({ event, mine }: { event: LinkEvent; mine: Participant | null }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['events'] });
  const form = useForm<Values>({ role: 'visitor', contactName: me.user.name, contactEmail: me.user.email, contactPhone: '' }, {
    validate: (v) => ({ contactEmail: v.contactEmail && !EMAIL_PATTERN.test(v.contactEmail) ? 'validation.email' : undefined }),
  });
  const register = useMutation({
    mutationFn: (v: Values) => eventsApi.register(event.id, { role: v.role, contactName: v.contactName.trim() || null, contactEmail: v.contactEmail.trim() || null, contactPhone: v.contactPhone.trim() || null }),
    onSuccess: refresh,
    onError: (e) => form.showError(e),
  });

  if (mine) {
    return (
      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Title order={4}>{t('events.registration.registeredTitle')}</Title>
            <Badge color="green" variant="light">{t(`events.roles.${mine.role}`)}</Badge>
          </Group>
          <Text size="sm">{t('events.registration.registeredAs', { org: mine.orgName })}</Text>
          {mine.boothCode && <Text size="sm">{t('events.registration.booth', { code: mine.boothCode })}</Text>}
          {mine.contact?.name && <Text size="sm" c="dimmed">{[mine.contact.name, mine.contact.email, mine.contact.phone].filter(Boolean).join(' · ')}</Text>}
          {canActForOrg(me) && event.status !== 'closed' && (
            <Group justify="flex-end">
              <ConfirmButton title={t('events.registration.cancel')} message={t('events.registration.cancelConfirm')} confirmLabel={t('events.registration.cancel')} onConfirm={() => eventsApi.cancelRegistration(event.id, mine.id)} onDone={refresh}>
                {t('events.registration.cancel')}
              </ConfirmButton>
            </Group>
          )}
        </Stack>
      </Card>
    );
  }

  const now = Date.now();
  const open = event.status === 'published' && now >= Date.parse(event.registrationOpensAt) && now <= Date.parse(event.registrationClosesAt);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('events.registration.title')}</Title>
        {!open && <Text size="sm" c="dimmed">{t('events.registration.closed')}</Text>}
        {open && !canActForOrg(me) && <Text size="sm" c="dimmed">{t('events.registration.viewerOnly')}</Text>}
        {open && canActForOrg(me) && (
          <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) register.mutate(form.values); }}>
            <Stack gap="sm">
              <FormError message={form.formError} />
              <Text size="sm">{t('events.registration.intro', { org: me.organisation.name })}</Text>
              <SegmentedControl
                aria-label={t('events.fields.role')}
                value={form.values.role}
                onChange={(v) => form.setValue('role', v as ParticipantRole)}
                data={[{ value: 'visitor', label: t('events.roles.visitor') }, { value: 'exhibitor', label: t('events.roles.exhibitor') }]}
                fullWidth
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput label={t('events.fields.contactName')} {...form.text('contactName')} />
                <TextInput type="email" label={t('events.fields.contactEmail')} {...form.text('contactEmail')} />
                <TextInput type="tel" label={t('events.fields.contactPhone')} {...form.text('contactPhone')} />
              </SimpleGrid>
              <Group justify="flex-end">
                <Button type="submit" loading={register.isPending}>{t('events.registration.submit')}</Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
