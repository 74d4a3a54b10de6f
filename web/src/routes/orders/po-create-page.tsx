import { useState } from 'react';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ProjectSummary } from '../../api/development-types';
import type { Page } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { FormError } from '../../components/states';
import { useForm } from '../../forms/use-form';
import { mousQuery, todayJakarta } from '../partnerships/queries';
import { IkmPicker } from './ikm-picker';
import { lineAmount, percentToBasisPoints, ppnOf } from './money';
import { emptyLine, lineProblem, PoLinesEditor, toLineInput, type LineDraft } from './po-lines-editor';
import { PoTotals } from './po-totals';
import { ordersApi } from './queries';

type Head = { orderDate: string; paymentTermsDays: string; ppnRate: string; deliveryAddress: string; notes: string };

/** A buyer issues a PO to an IKM: lines with schedule, payment terms, PPN shown separately. */
export function PoCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [ikm, setIkm] = useState<string | null>(null);
  const [ikmError, setIkmError] = useState<string | undefined>();
  const [mouId, setMouId] = useState<string | null>(null);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [lines, setLines] = useState<LineDraft[]>([emptyLine()]);
  const [problems, setProblems] = useState<(string | null)[]>([]);
  const form = useForm<Head>({ orderDate: todayJakarta(), paymentTermsDays: '30', ppnRate: '11', deliveryAddress: '', notes: '' }, {
    validate: (v) => ({
      orderDate: !v.orderDate ? 'validation.required' : undefined,
      paymentTermsDays: !/^\d{1,3}$/.test(v.paymentTermsDays) || Number(v.paymentTermsDays) > 365 ? 'orders.form.termsInvalid' : undefined,
      ppnRate: percentToBasisPoints(v.ppnRate) === null ? 'orders.form.ppnInvalid' : undefined,
    }),
  });
  const mous = useQuery(mousQuery({ page: 1 }));
  const projects = useQuery({
    queryKey: ['development', 'projects', { ikmOrgId: ikm }],
    queryFn: ({ signal }) => api.get<Page<ProjectSummary>>('/api/development/projects', { ikmOrgId: ikm ?? undefined, pageSize: 100 }, signal),
    enabled: !!ikm,
  });

  const rateBp = percentToBasisPoints(form.values.ppnRate) ?? 0;
  const subtotal = lines.reduce((s, l) => s + lineAmount(Number(l.quantity), l.unitPrice), 0n);
  const ppn = ppnOf(subtotal, rateBp);

  const create = useMutation({
    mutationFn: () =>
      ordersApi.createPo({
        ikmOrgId: ikm!,
        orderDate: form.values.orderDate,
        paymentTermsDays: Number(form.values.paymentTermsDays),
        ppnRate: form.values.ppnRate.replace(',', '.'),
        deliveryAddress: form.values.deliveryAddress.trim() || null,
        notes: form.values.notes.trim() || null,
        mouId,
        projectId,
        lines: lines.map(toLineInput),
      }),
    onSuccess: async (po) => {
      await queryClient.invalidateQueries({ queryKey: ['orders'] });
      await navigate({ to: '/pesanan/$poId', params: { poId: po.id } });
    },
    onError: (e) => form.showError(e),
  });

  const submit = () => {
    const okHead = form.check();
    const found = lines.map((l) => lineProblem(l, form.values.orderDate));
    setProblems(found);
    setIkmError(ikm ? undefined : t('validation.required'));
    if (okHead && ikm && found.every((p) => !p)) create.mutate();
  };

  return (
    <>
      <PageHeader title={t('orders.create')} description={t('orders.createHint')} />
      <form noValidate onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Stack>
          <FormError message={form.formError} />
          <Card withBorder>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
              <IkmPicker label={t('orders.ikm')} required value={ikm} onChange={(o) => { setIkm(o?.id ?? null); setProjectId(null); setIkmError(undefined); }} error={ikmError} placeholder={t('orders.form.ikmSearch')} />
              <TextInput type="date" label={t('orders.orderDate')} required {...form.text('orderDate')} />
              <TextInput label={t('orders.paymentTerms')} description={t('orders.form.termsHint')} inputMode="numeric" required rightSection={<Text size="xs" c="dimmed">{t('orders.days')}</Text>} rightSectionWidth={48} {...form.text('paymentTermsDays')} />
              <TextInput label={t('orders.ppnRate')} description={t('orders.form.ppnHint')} required rightSection={<Text size="xs" c="dimmed">%</Text>} {...form.text('ppnRate')} />
              <Select label={t('orders.mou')} placeholder={t('orders.form.none')} clearable data={(mous.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.reference} · ${m.title}` }))} value={mouId} onChange={setMouId} comboboxProps={{ withinPortal: true }} />
              <Select label={t('orders.project')} placeholder={t('orders.form.none')} clearable disabled={!ikm} data={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.reference} · ${p.partName}` }))} value={projectId} onChange={setProjectId} comboboxProps={{ withinPortal: true }} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="sm">
              <Textarea label={t('orders.deliveryAddress')} autosize minRows={2} value={form.values.deliveryAddress} onChange={(e) => form.setValue('deliveryAddress', e.currentTarget.value)} />
              <Textarea label={t('orders.notes')} autosize minRows={2} value={form.values.notes} onChange={(e) => form.setValue('notes', e.currentTarget.value)} />
            </SimpleGrid>
          </Card>
          <Text fw={600}>{t('orders.lines')}</Text>
          <PoLinesEditor lines={lines} onChange={(l) => { setLines(l); setProblems([]); }} orderDate={form.values.orderDate} problems={problems} />
          <Card withBorder>
            <PoTotals subtotal={subtotal} ppn={ppn} total={subtotal + ppn} rate={form.values.ppnRate || '0'} />
            <Text size="xs" c="dimmed" ta="right" mt={4}>{t('orders.form.totalsHint')}</Text>
          </Card>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/pesanan' })}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending}>{t('orders.issue')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
