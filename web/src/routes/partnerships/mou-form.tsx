import { useState } from 'react';
import { ActionIcon, Button, Card, Group, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Mou, MouInput } from '../../api/partnerships-types';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { parseRupiah } from '../orders/money';
import { emptyIkmRow, MouIkmRows, type IkmRow } from './mou-ikm-rows';

type Head = { title: string; scope: string; startDate: string; endDate: string; signatoryName: string; signatoryTitle: string };

function fromMou(m?: Mou) {
  const initiator = m?.parties.find((p) => p.role === 'initiator');
  const head: Head = {
    title: m?.title ?? '',
    scope: m?.scope ?? '',
    startDate: m?.startDate ?? '',
    endDate: m?.endDate ?? '',
    signatoryName: initiator?.signatoryName ?? '',
    signatoryTitle: initiator?.signatoryTitle ?? '',
  };
  const rows: IkmRow[] = m
    ? m.parties.filter((p) => p.role === 'ikm').map((p) => ({ ...emptyIkmRow(), orgId: p.orgId, name: p.orgName, marketAccessPerYear: p.marketAccessPerYear ?? '', signatoryName: p.signatoryName ?? '', signatoryTitle: p.signatoryTitle ?? '' }))
    : [emptyIkmRow()];
  return { head, rows, parts: m?.parts ?? [], obligations: m?.obligations ?? [] };
}

/** Create or edit a draft MoU: terms, dates, the initiator's signatory, IKM parties with their shares. */
export function MouForm({ mou, submitLabel, pending, onSubmit, onCancel }: {
  mou?: Mou;
  submitLabel: string;
  pending: boolean;
  onSubmit: (input: MouInput, showError: (e: unknown) => void) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const initial = fromMou(mou);
  const [rows, setRows] = useState<IkmRow[]>(initial.rows);
  const [parts, setParts] = useState<string[]>(initial.parts);
  const [obligations, setObligations] = useState(initial.obligations);
  const [rowsError, setRowsError] = useState<string | null>(null);
  const form = useForm<Head>(initial.head, {
    validate: (v) => ({
      title: !v.title.trim() ? 'validation.required' : undefined,
      scope: !v.scope.trim() ? 'validation.required' : undefined,
      startDate: !v.startDate ? 'validation.required' : undefined,
      endDate: !v.endDate ? 'validation.required' : v.startDate && v.endDate <= v.startDate ? 'validation.dateRange' : undefined,
    }),
  });

  const submit = () => {
    const okHead = form.check();
    const badRow = rows.some((r) => !r.orgId || parseRupiah(r.marketAccessPerYear) === null);
    const ids = rows.map((r) => r.orgId);
    const dup = new Set(ids).size !== ids.length;
    setRowsError(badRow ? t('partnerships.ikmRowsInvalid') : dup ? t('partnerships.ikmDuplicate') : null);
    if (!okHead || badRow || dup) return;
    const v = form.values;
    const sig = v.signatoryName.trim() && v.signatoryTitle.trim() ? { name: v.signatoryName.trim(), title: v.signatoryTitle.trim() } : null;
    onSubmit(
      {
        title: v.title.trim(),
        scope: v.scope.trim(),
        parts,
        obligations: obligations.filter((o) => o.text.trim()).map((o) => ({ party: o.party, text: o.text.trim() })),
        startDate: v.startDate,
        endDate: v.endDate,
        signatory: sig,
        ikm: rows.map((r) => ({ orgId: r.orgId!, marketAccessPerYear: r.marketAccessPerYear, signatoryName: r.signatoryName.trim() || null, signatoryTitle: r.signatoryTitle.trim() || null })),
      },
      form.showError,
    );
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <Stack>
        <FormError message={form.formError} />
        <Card withBorder>
          <Stack gap="sm">
            <TextInput label={t('partnerships.titleField')} required {...form.text('title')} />
            <Textarea label={t('partnerships.scope')} required autosize minRows={3} {...form.text('scope')} onChange={(e) => form.setValue('scope', e.currentTarget.value)} />
            <TagsInput label={t('partnerships.parts')} description={t('partnerships.partsHint')} value={parts} onChange={setParts} clearable />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput type="date" label={t('partnerships.startDate')} required {...form.text('startDate')} />
              <TextInput type="date" label={t('partnerships.endDate')} required {...form.text('endDate')} />
              <TextInput label={t('partnerships.initiatorSignatory')} {...form.text('signatoryName')} />
              <TextInput label={t('partnerships.signatoryTitle')} {...form.text('signatoryTitle')} />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Text fw={600}>{t('partnerships.obligations')}</Text>
            {obligations.map((o, i) => (
              <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
                <Select
                  label={t('partnerships.obligationParty')}
                  data={[{ value: 'initiator', label: t('partnerships.role.initiator') }, { value: 'ikm', label: t('partnerships.role.ikm') }]}
                  value={o.party === 'initiator' || o.party === 'ikm' ? o.party : 'ikm'}
                  onChange={(v) => setObligations(obligations.map((x, j) => (j === i ? { ...x, party: v ?? 'ikm' } : x)))}
                  allowDeselect={false}
                  w={140}
                  style={{ flexShrink: 0 }}
                />
                <TextInput label={t('partnerships.obligationText')} value={o.text} onChange={(e) => { const text = e.currentTarget.value; setObligations(obligations.map((x, j) => (j === i ? { ...x, text } : x))); }} style={{ flex: 1, minWidth: 0 }} />
                <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('partnerships.removeObligation')} onClick={() => setObligations(obligations.filter((_, j) => j !== i))}>×</ActionIcon>
              </Group>
            ))}
            <Group>
              <Button variant="light" size="xs" onClick={() => setObligations([...obligations, { party: 'initiator', text: '' }])}>{t('partnerships.addObligation')}</Button>
            </Group>
          </Stack>
        </Card>
        <MouIkmRows rows={rows} onChange={(r) => { setRows(r); setRowsError(null); }} error={rowsError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={pending}>{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
