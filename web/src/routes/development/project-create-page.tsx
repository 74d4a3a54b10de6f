import { useState } from 'react';
import { Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { IkmPicker } from '../orders/ikm-picker';
import { mousQuery } from '../partnerships/queries';
import { devApi, ppapElementsQuery } from './queries';

/** The usual PPAP elements preselected for the approval gate (the buyer may change them). */
export const DEFAULT_PPAP = ['design_records', 'process_flow', 'pfmea', 'control_plan', 'msa', 'dimensional_results', 'material_test_results', 'initial_process_studies', 'part_submission_warrant'];

type Values = { partName: string; partNumber: string; material: string; description: string; dueDate: string };

/** A buyer starts a part development project with an IKM (optionally under an MoU) and picks the PPAP elements. */
export function ProjectCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [ikm, setIkm] = useState<string | null>(null);
  const [ikmError, setIkmError] = useState<string | undefined>();
  const [mouId, setMouId] = useState<string | null>(null);
  const [ppap, setPpap] = useState<string[]>(DEFAULT_PPAP);
  const elements = useQuery(ppapElementsQuery);
  const mous = useQuery(mousQuery({ page: 1 }));
  const form = useForm<Values>({ partName: '', partNumber: '', material: '', description: '', dueDate: '' }, {
    validate: (v) => ({ partName: !v.partName.trim() ? 'validation.required' : undefined }),
  });
  const create = useMutation({
    mutationFn: () => {
      const v = form.values;
      return devApi.create({
        ikmOrgId: ikm!,
        partName: v.partName.trim(),
        partNumber: v.partNumber.trim() || null,
        material: v.material.trim() || null,
        description: v.description.trim() || null,
        dueDate: v.dueDate || null,
        mouId,
        ppapElements: ppap,
      });
    },
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: ['development'] });
      await navigate({ to: '/pengembangan/$projectId', params: { projectId: p.id } });
    },
    onError: (e) => form.showError(e),
  });

  return (
    <>
      <PageHeader title={t('development.create')} description={t('development.createHint')} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const ok = form.check();
          setIkmError(ikm ? undefined : t('validation.required'));
          if (ok && ikm) create.mutate();
        }}
      >
        <Stack>
          <FormError message={form.formError} />
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <IkmPicker label={t('development.ikm')} required value={ikm} onChange={(o) => { setIkm(o?.id ?? null); setIkmError(undefined); }} error={ikmError} placeholder={t('development.ikmSearch')} />
              <Select
                label={t('development.mou')}
                placeholder={t('development.noMou')}
                clearable
                data={(mous.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.reference} · ${m.title}` }))}
                value={mouId}
                onChange={setMouId}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput label={t('development.partName')} required {...form.text('partName')} />
              <TextInput label={t('development.partNumber')} {...form.text('partNumber')} />
              <TextInput label={t('development.material')} {...form.text('material')} />
              <TextInput type="date" label={t('development.rfqDue')} {...form.text('dueDate')} />
            </SimpleGrid>
            <Textarea mt="sm" label={t('development.partDescription')} autosize minRows={2} value={form.values.description} onChange={(e) => form.setValue('description', e.currentTarget.value)} />
          </Card>
          <Card withBorder>
            <Text fw={600}>{t('development.ppapTitle')}</Text>
            <Text size="sm" c="dimmed" mb="sm">{t('development.ppapHint')}</Text>
            <Checkbox.Group value={ppap} onChange={setPpap}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6}>
                {(elements.data ?? DEFAULT_PPAP).map((k) => <Checkbox key={k} value={k} label={t(`development.ppap.${k}`, { defaultValue: k })} />)}
              </SimpleGrid>
            </Checkbox.Group>
          </Card>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/pengembangan' })}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{t('development.start')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
