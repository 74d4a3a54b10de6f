import { useState } from 'react';
import { Alert, Button, CloseButton, Group, Paper, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BUYER_TIERS, type BuyerProfile } from '../../api/registry-types';
import { errorMessage } from '../../i18n/errors';
import { regenciesQuery } from './queries';
import { Section } from './section';
import { serverIssues } from './server-issues';
import { useVocab } from './use-vocab';

interface PlantRow { name: string; street: string; provinceCode: string; regencyCode: string; postalCode: string }
export interface BuyerFormValues { companyName: string; groupName: string; tier: string; sectors: string[]; website: string; description: string; plants: PlantRow[] }

const emptyPlant = (): PlantRow => ({ name: '', street: '', provinceCode: '', regencyCode: '', postalCode: '' });

export function buyerValues(b: BuyerProfile | null, companyName: string): BuyerFormValues {
  if (!b) return { companyName, groupName: '', tier: '', sectors: [], website: '', description: '', plants: [] };
  return {
    companyName: b.companyName, groupName: b.groupName ?? '', tier: b.tier, sectors: [...b.sectors], website: b.website ?? '', description: b.description ?? '',
    plants: b.plants.map((p) => ({ name: p.name, street: p.address.street, provinceCode: p.address.provinceCode, regencyCode: p.address.regencyCode, postalCode: p.address.postalCode })),
  };
}

const opt = (s: string) => s.trim() || undefined;
function toBody(v: BuyerFormValues) {
  return {
    companyName: v.companyName.trim(), groupName: opt(v.groupName), tier: v.tier, sectors: v.sectors, website: opt(v.website), description: opt(v.description),
    plants: v.plants.map((p) => ({ name: p.name.trim(), address: { street: p.street.trim(), provinceCode: p.provinceCode, regencyCode: p.regencyCode, postalCode: p.postalCode.trim() } })),
  };
}

function validate(v: BuyerFormValues): Record<string, string> {
  const p: Record<string, string> = {};
  if (v.companyName.trim().length < 2) p.companyName = v.companyName.trim() ? 'legalNameShort' : 'required';
  if (!v.tier) p.tier = 'required';
  if (v.website.trim() && !/^https?:\/\/\S+\.\S+/.test(v.website.trim())) p.website = 'website';
  v.plants.forEach((x, i) => {
    if (!x.name.trim()) p[`plants.${i}.name`] = 'required';
    if (x.street.trim().length < 3) p[`plants.${i}.address.street`] = x.street.trim() ? 'streetShort' : 'required';
    if (!x.provinceCode) p[`plants.${i}.address.provinceCode`] = 'required';
    if (!x.regencyCode) p[`plants.${i}.address.regencyCode`] = 'required';
    if (!/^[1-9]\d{4}$/.test(x.postalCode.trim())) p[`plants.${i}.address.postalCode`] = x.postalCode.trim() ? 'postalCode' : 'required';
  });
  return p;
}

function PlantFields({ row, index, set, remove, err }: { row: PlantRow; index: number; set: (patch: Partial<PlantRow>) => void; remove: () => void; err: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  const { ref } = useVocab();
  const regencies = useQuery(regenciesQuery(row.provinceCode));
  const at = (k: string) => `plants.${index}.${k}`;
  const title = t('registry.buyers.plantN', { n: index + 1 });
  return (
    <Paper withBorder p="xs" radius="sm">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text size="xs" fw={600} c="dimmed">{title}</Text>
        <CloseButton size="sm" onClick={remove} aria-label={t('registry.form.remove', { what: title })} />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <TextInput label={t('registry.buyers.plantName')} required value={row.name} onChange={(e) => set({ name: e.currentTarget.value })} error={err(at('name'))} />
        <TextInput label={t('registry.fields.street')} required value={row.street} onChange={(e) => set({ street: e.currentTarget.value })} error={err(at('address.street'))} />
        <Select label={t('registry.fields.province')} required searchable data={(ref?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }))} value={row.provinceCode || null} onChange={(x) => set({ provinceCode: x ?? '', regencyCode: '' })} error={err(at('address.provinceCode'))} comboboxProps={{ withinPortal: true }} />
        <Select label={t('registry.fields.regency')} required searchable disabled={!row.provinceCode} data={(regencies.data ?? []).map((r) => ({ value: r.code, label: r.name }))} value={row.regencyCode || null} onChange={(x) => set({ regencyCode: x ?? '' })} error={err(at('address.regencyCode'))} comboboxProps={{ withinPortal: true }} />
        <TextInput label={t('registry.fields.postalCode')} required inputMode="numeric" value={row.postalCode} onChange={(e) => set({ postalCode: e.currentTarget.value.replace(/\D/g, '').slice(0, 5) })} error={err(at('address.postalCode'))} />
      </SimpleGrid>
    </Paper>
  );
}

/** A buyer's profile: company, group, tier, sectors and plants (its admins and staff, or programme staff). */
export function BuyerForm({ initial, save, onSaved, onCancel }: { initial: BuyerFormValues; save: (body: unknown) => Promise<BuyerProfile>; onSaved: (b: BuyerProfile) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: () => save(toBody(v)),
    onSuccess: onSaved,
    onError: (e) => {
      const found = serverIssues(e, (p) => p.replace(/^sectors\.\d+$/, 'sectors'));
      setErrors(found);
      setFormError(Object.keys(found).length ? t('registry.form.serverRejected') : errorMessage(t, e));
    },
  });
  const err = (path: string) => errors[path];
  const set = (patch: Partial<BuyerFormValues>) => {
    setV((x) => ({ ...x, ...patch }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !Object.keys(patch).some((p) => k === p || k.startsWith(`${p}.`)))));
  };
  const setPlant = (i: number, patch: Partial<PlantRow>) => set({ plants: v.plants.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const submit = () => {
    const found = Object.fromEntries(Object.entries(validate(v)).map(([k, key]) => [k, t(`registry.validation.${key}`)]));
    setErrors(found);
    setFormError(Object.keys(found).length ? t('registry.form.fixProblems', { count: Object.keys(found).length }) : null);
    if (!Object.keys(found).length) run.mutate();
  };

  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); submit(); }} style={{ maxWidth: 920 }}>
      <Stack gap="md">
        <Section title={t('registry.buyers.company')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('registry.buyers.company')} required value={v.companyName} onChange={(e) => set({ companyName: e.currentTarget.value })} error={err('companyName')} />
            <TextInput label={t('registry.buyers.group')} placeholder="Astra" value={v.groupName} onChange={(e) => set({ groupName: e.currentTarget.value })} error={err('groupName')} />
            <Select label={t('registry.buyers.tier')} required data={BUYER_TIERS.map((x) => ({ value: x, label: t(`registry.buyers.tiers.${x}`) }))} value={v.tier || null} onChange={(x) => set({ tier: x ?? '' })} error={err('tier')} comboboxProps={{ withinPortal: true }} />
            <TextInput label={t('registry.buyers.website')} placeholder="https://" type="url" value={v.website} onChange={(e) => set({ website: e.currentTarget.value })} error={err('website')} />
          </SimpleGrid>
          <TagsInput label={t('registry.buyers.sectors')} description={t('registry.buyers.sectorsHelp')} value={v.sectors} onChange={(x) => set({ sectors: x })} error={err('sectors')} />
          <Textarea label={t('registry.buyers.about')} autosize minRows={2} maxLength={2000} value={v.description} onChange={(e) => set({ description: e.currentTarget.value })} error={err('description')} />
        </Section>
        <Section title={t('registry.buyers.plants')}>
          {v.plants.map((p, i) => (
            <PlantFields key={i} row={p} index={i} set={(patch) => setPlant(i, patch)} remove={() => set({ plants: v.plants.filter((_, j) => j !== i) })} err={err} />
          ))}
          <Group>
            <Button size="xs" variant="light" onClick={() => set({ plants: [...v.plants, emptyPlant()] })}>+ {t('registry.buyers.addPlant')}</Button>
          </Group>
        </Section>
        {formError && <Alert color="red" role="alert">{formError}</Alert>}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={run.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
