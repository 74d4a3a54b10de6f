import type { ChangeEvent } from 'react';
import { Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventInput, LinkEvent } from '../../api/events-types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { useLabels } from '../needs/reference';

export interface EventFormValues extends Record<string, unknown> {
  name: string;
  venue: string;
  address: string;
  provinceCode: string;
  startsOn: string;
  endsOn: string;
  sector: string;
  description: string;
  tables: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  /** Create: always; edit: only when switched on (slots can change only before meetings are scheduled). */
  planSlots: boolean;
  from: string;
  to: string;
  minutes: string;
  gapMinutes: string;
  breakFrom: string;
  breakTo: string;
  publish: boolean;
}

/** "2022-11-01T08:00" (WIB, as typed) from an instant. */
export function toWibInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}
const fromWibInput = (v: string) => `${v}:00+07:00`;

function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`) && out.length < 31; d = new Date(d.getTime() + 86_400_000)) out.push(d.toISOString().slice(0, 10));
  return out;
}

export function initialEventValues(ev?: LinkEvent): EventFormValues {
  return {
    name: ev?.name ?? '',
    venue: ev?.venue ?? '',
    address: ev?.address ?? '',
    provinceCode: ev?.provinceCode ?? '',
    startsOn: ev?.startsOn ?? '',
    endsOn: ev?.endsOn ?? '',
    sector: ev?.sector ?? '',
    description: ev?.description ?? '',
    tables: ev ? String(ev.tables) : '40',
    registrationOpensAt: toWibInput(ev?.registrationOpensAt),
    registrationClosesAt: toWibInput(ev?.registrationClosesAt),
    planSlots: !ev,
    from: '09:00',
    to: '16:00',
    minutes: '30',
    gapMinutes: '0',
    breakFrom: '12:00',
    breakTo: '13:00',
    publish: false,
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The body for POST/PATCH /api/events. */
export function eventBodyOf(v: EventFormValues): EventInput {
  return {
    name: v.name.trim(),
    venue: v.venue.trim(),
    address: v.address.trim() || null,
    provinceCode: v.provinceCode || null,
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    sector: v.sector.trim() || null,
    description: v.description.trim() || null,
    tables: Number(v.tables),
    registrationOpensAt: fromWibInput(v.registrationOpensAt),
    registrationClosesAt: fromWibInput(v.registrationClosesAt),
    slotPlan: v.planSlots
      ? {
          dates: daysBetween(v.startsOn, v.endsOn),
          from: v.from,
          to: v.to,
          minutes: Number(v.minutes),
          gapMinutes: Number(v.gapMinutes || 0),
          breaks: v.breakFrom && v.breakTo ? [{ from: v.breakFrom, to: v.breakTo }] : [],
        }
      : undefined,
  };
}

/** Create or edit an event: name, venue, dates, sector, tables, registration window and (re)generated time slots. */
export function EventForm({ initial, isEdit, submitting, onSubmit, onCancel }: {
  initial: EventFormValues;
  isEdit: boolean;
  submitting: boolean;
  onSubmit: (values: EventFormValues, showError: (e: unknown) => void) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { provinces } = useLabels();
  const form = useForm<EventFormValues>(initial, {
    validate: (v) => ({
      name: v.name.trim().length < 3 ? 'events.validation.nameShort' : undefined,
      venue: v.venue.trim().length < 2 ? 'validation.required' : undefined,
      startsOn: !v.startsOn ? 'validation.required' : undefined,
      endsOn: !v.endsOn ? 'validation.required' : v.startsOn && v.endsOn < v.startsOn ? 'validation.dateRange' : undefined,
      tables: !/^\d+$/.test(v.tables) || Number(v.tables) < 1 ? 'events.validation.tables' : undefined,
      registrationOpensAt: !v.registrationOpensAt ? 'validation.required' : undefined,
      registrationClosesAt: !v.registrationClosesAt ? 'validation.required' : v.registrationOpensAt && v.registrationClosesAt <= v.registrationOpensAt ? 'validation.dateRange' : undefined,
      from: v.planSlots && !TIME.test(v.from) ? 'events.validation.time' : undefined,
      to: v.planSlots && (!TIME.test(v.to) || v.to <= v.from) ? 'events.validation.time' : undefined,
      minutes: v.planSlots && (!/^\d+$/.test(v.minutes) || Number(v.minutes) < 5 || Number(v.minutes) > 240) ? 'events.validation.minutes' : undefined,
    }),
    fieldAliases: { slotPlan: 'from', slots: 'from' },
  });
  const check = (name: keyof EventFormValues & string) => ({ checked: Boolean(form.values[name]), onChange: (e: ChangeEvent<HTMLInputElement>) => form.setValue(name, e.currentTarget.checked as never) });

  return (
    <form noValidate onSubmit={(ev) => { ev.preventDefault(); if (form.check()) onSubmit(form.values, form.showError); }}>
      <Stack>
        <FormError message={form.formError} />
        <Fieldset legend={t('events.form.event')}>
          <Stack gap="sm">
            <TextInput label={t('events.fields.name')} required {...form.text('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('events.fields.venue')} required {...form.text('venue')} />
              <Select label={t('events.fields.province')} data={provinces} searchable clearable value={form.values.provinceCode || null} onChange={(v) => form.setValue('provinceCode', v ?? '')} error={form.errorOf('provinceCode')} />
            </SimpleGrid>
            <TextInput label={t('events.fields.address')} {...form.text('address')} />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput type="date" label={t('events.fields.startsOn')} required {...form.text('startsOn')} />
              <TextInput type="date" label={t('events.fields.endsOn')} required {...form.text('endsOn')} />
              <TextInput label={t('events.fields.sector')} placeholder="otomotif_roda_dua" description={t('events.form.sectorHint')} {...form.text('sector')} />
            </SimpleGrid>
            <Textarea label={t('events.fields.description')} autosize minRows={2} {...form.text('description')} onChange={(e) => form.setValue('description', e.currentTarget.value)} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('events.form.registration')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput type="datetime-local" label={t('events.fields.registrationOpensAt')} required {...form.text('registrationOpensAt')} />
            <TextInput type="datetime-local" label={t('events.fields.registrationClosesAt')} required {...form.text('registrationClosesAt')} />
            <TextInput type="number" min={1} label={t('events.fields.tables')} required {...form.text('tables')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('events.form.slots')}>
          <Stack gap="sm">
            {isEdit && <Switch label={t('events.form.replanSlots')} description={t('events.form.replanSlotsHint')} {...check('planSlots')} />}
            {form.values.planSlots && (
              <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
                <TextInput type="time" label={t('events.form.from')} {...form.text('from')} />
                <TextInput type="time" label={t('events.form.to')} {...form.text('to')} />
                <TextInput type="number" min={5} max={240} label={t('events.form.minutes')} {...form.text('minutes')} />
                <TextInput type="number" min={0} max={120} label={t('events.form.gap')} {...form.text('gapMinutes')} />
                <TextInput type="time" label={t('events.form.breakFrom')} {...form.text('breakFrom')} />
                <TextInput type="time" label={t('events.form.breakTo')} {...form.text('breakTo')} />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>
        {!isEdit && <Checkbox label={t('events.form.publishNow')} {...check('publish')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={submitting}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
