import { useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Booth, BoothInput } from '../../api/events-types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { eventsApi, participantsQuery } from './queries';

type Values = { code: string; zone: string; participantId: string; title: string; description: string; products: string; sizeM2: string };

const valuesOf = (b?: Booth): Values => ({
  code: b?.code ?? '',
  zone: b?.zone ?? '',
  participantId: b?.participantId ?? '',
  title: b?.title ?? '',
  description: b?.description ?? '',
  products: (b?.products ?? []).join(', '),
  sizeM2: b?.sizeM2 === null || b?.sizeM2 === undefined ? '' : String(b.sizeM2),
});

/** Create or change a booth: programme staff everything; the exhibitor holding it only its title, description and products. */
export function BoothButton({ eventId, booth, staff }: { eventId: string; booth?: Booth; staff: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const exhibitors = useQuery({ ...participantsQuery(eventId, { role: 'exhibitor' }), enabled: open && staff });
  const form = useForm<Values>(valuesOf(booth), {
    validate: (v) => ({ code: staff && !v.code.trim() ? 'validation.required' : undefined, sizeM2: v.sizeM2 && !(Number(v.sizeM2) > 0) ? 'events.validation.positive' : undefined }),
  });
  const body = (v: Values): BoothInput => {
    const own = { title: v.title.trim() || null, description: v.description.trim() || null, products: v.products.split(',').map((p) => p.trim()).filter(Boolean) };
    return staff ? { ...own, code: v.code.trim(), zone: v.zone.trim() || null, participantId: v.participantId || null, sizeM2: v.sizeM2 ? Number(v.sizeM2) : null } : (own as BoothInput);
  };
  const save = useMutation({
    mutationFn: (v: Values) => (booth ? eventsApi.updateBooth(eventId, booth.id, body(v)) : eventsApi.createBooth(eventId, body(v))),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['events', eventId] });
      setOpen(false);
      if (!booth) form.reset();
    },
    onError: (e) => form.showError(e),
  });
  const title = booth ? t('events.booths.editTitle', { code: booth.code }) : t('events.booths.create');
  return (
    <>
      <Button size={booth ? 'xs' : 'sm'} variant={booth ? 'light' : 'filled'} onClick={() => { form.reset(valuesOf(booth)); setOpen(true); }}>{booth ? t('events.booths.edit') : t('events.booths.create')}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={title} centered size="lg">
        <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) save.mutate(form.values); }}>
          <Stack>
            <FormError message={form.formError} />
            {staff && (
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <TextInput label={t('events.booths.code')} required {...form.text('code')} />
                <TextInput label={t('events.booths.zone')} {...form.text('zone')} />
                <TextInput type="number" min={1} label={t('events.booths.size')} {...form.text('sizeM2')} />
              </SimpleGrid>
            )}
            {staff && (
              <Select label={t('events.booths.exhibitor')} clearable searchable data={(exhibitors.data ?? []).filter((p) => p.status === 'registered').map((p) => ({ value: p.id, label: p.orgName }))} value={form.values.participantId || null} onChange={(v) => form.setValue('participantId', v ?? '')} error={form.errorOf('participantId')} comboboxProps={{ withinPortal: true }} />
            )}
            <TextInput label={t('events.booths.title')} {...form.text('title')} />
            <Textarea label={t('events.booths.description')} autosize minRows={2} value={form.values.description} onChange={(e) => form.setValue('description', e.currentTarget.value)} />
            <TextInput label={t('events.booths.products')} description={t('events.booths.productsHint')} {...form.text('products')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
              <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
