import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LineInput } from '../../api/orders-types';
import { formatRupiah, lineAmount, parseRupiah } from './money';
import { RupiahInput } from './rupiah-input';

export interface ScheduleDraft { key: string; date: string; quantity: string }
export interface LineDraft { key: string; partNumber: string; partName: string; uom: string; quantity: string; unitPrice: string; schedule: ScheduleDraft[] }

let seq = 0;
const k = () => `k${++seq}`;
export const emptyLine = (date = ''): LineDraft => ({ key: k(), partNumber: '', partName: '', uom: 'pcs', quantity: '', unitPrice: '', schedule: [{ key: k(), date, quantity: '' }] });

const qty = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);

/** i18n key of the first problem of a line, or null (mirrors the server: quantities, price, schedule summing up, dates ascending). */
export function lineProblem(l: LineDraft, orderDate: string): string | null {
  const q = qty(l.quantity);
  if (!l.partNumber.trim() || !l.partName.trim()) return 'orders.form.partRequired';
  if (!Number.isInteger(q) || q <= 0) return 'orders.form.quantityInvalid';
  if (parseRupiah(l.unitPrice) === null) return 'orders.form.priceInvalid';
  const dates = l.schedule.map((s) => s.date);
  if (dates.some((d) => !d)) return 'orders.form.scheduleDate';
  if (orderDate && dates.some((d) => d < orderDate)) return 'orders.form.scheduleBeforeOrder';
  if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!)) return 'orders.form.scheduleOrder';
  if (l.schedule.length > 1 && l.schedule.reduce((s, e) => s + (qty(e.quantity) || 0), 0) !== q) return 'orders.form.scheduleSum';
  return null;
}

export function toLineInput(l: LineDraft): LineInput {
  const q = qty(l.quantity);
  return {
    partNumber: l.partNumber.trim(),
    partName: l.partName.trim(),
    uom: l.uom.trim() || 'pcs',
    quantity: q,
    unitPrice: l.unitPrice,
    schedule: l.schedule.length === 1 ? [{ date: l.schedule[0]!.date, quantity: q }] : l.schedule.map((s) => ({ date: s.date, quantity: qty(s.quantity) })),
  };
}

/** PO lines: part, quantity, unit, unit price (Rupiah digits), delivery schedule; amount per line. */
export function PoLinesEditor({ lines, onChange, orderDate, problems }: { lines: LineDraft[]; onChange: (l: LineDraft[]) => void; orderDate: string; problems: (string | null)[] }) {
  const { t } = useTranslation();
  const set = (key: string, patch: Partial<LineDraft>) => onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const setSchedule = (l: LineDraft, sk: string, patch: Partial<ScheduleDraft>) => set(l.key, { schedule: l.schedule.map((s) => (s.key === sk ? { ...s, ...patch } : s)) });

  return (
    <Stack gap="sm">
      {lines.map((l, i) => (
        <Card key={l.key} withBorder padding="sm" aria-label={t('orders.form.lineNo', { n: i + 1 })} component="section">
          <Group justify="space-between" mb={4}>
            <Text fw={600} size="sm">{t('orders.form.lineNo', { n: i + 1 })}</Text>
            <Group gap="xs">
              <Text size="sm">{formatRupiah(lineAmount(qty(l.quantity), l.unitPrice))}</Text>
              {lines.length > 1 && <ActionIcon variant="subtle" color="red" aria-label={t('orders.form.removeLine', { n: i + 1 })} onClick={() => onChange(lines.filter((x) => x.key !== l.key))}>×</ActionIcon>}
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
            <TextInput label={t('orders.partNumber')} required value={l.partNumber} onChange={(e) => set(l.key, { partNumber: e.currentTarget.value })} />
            <TextInput label={t('orders.partName')} required value={l.partName} onChange={(e) => set(l.key, { partName: e.currentTarget.value })} />
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <TextInput label={t('orders.quantity')} required inputMode="numeric" value={l.quantity} onChange={(e) => set(l.key, { quantity: e.currentTarget.value.replace(/\D/g, '') })} style={{ flex: 2 }} />
              <TextInput label={t('orders.uom')} value={l.uom} onChange={(e) => set(l.key, { uom: e.currentTarget.value })} style={{ flex: 1 }} />
            </Group>
            <RupiahInput label={t('orders.unitPrice')} required value={l.unitPrice} onChange={(v) => set(l.key, { unitPrice: v })} />
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">{t('orders.form.schedule')}</Text>
          <Stack gap={4}>
            {l.schedule.map((s, j) => (
              <Group key={s.key} gap="xs" wrap="nowrap" align="flex-end">
                <TextInput type="date" size="xs" label={j === 0 ? t('orders.form.deliveryDate') : undefined} aria-label={t('orders.form.deliveryDateN', { n: j + 1 })} value={s.date} onChange={(e) => setSchedule(l, s.key, { date: e.currentTarget.value })} style={{ flex: 1 }} />
                {l.schedule.length > 1 && (
                  <>
                    <TextInput size="xs" inputMode="numeric" label={j === 0 ? t('orders.quantity') : undefined} aria-label={t('orders.form.scheduleQtyN', { n: j + 1 })} value={s.quantity} onChange={(e) => setSchedule(l, s.key, { quantity: e.currentTarget.value.replace(/\D/g, '') })} w={90} />
                    <ActionIcon variant="subtle" color="red" mb={2} aria-label={t('orders.form.removeSchedule', { n: j + 1 })} onClick={() => set(l.key, { schedule: l.schedule.filter((x) => x.key !== s.key) })}>×</ActionIcon>
                  </>
                )}
              </Group>
            ))}
            <Group>
              <Button size="compact-xs" variant="subtle" onClick={() => set(l.key, { schedule: [...l.schedule, { key: k(), date: '', quantity: '' }] })}>{t('orders.form.addSchedule')}</Button>
            </Group>
          </Stack>
          {problems[i] && <Text c="red" size="sm" role="alert" mt={4}>{t(problems[i]!, { orderDate })}</Text>}
        </Card>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...lines, emptyLine(lines[lines.length - 1]?.schedule[0]?.date ?? '')])}>{t('orders.form.addLine')}</Button>
      </Group>
    </Stack>
  );
}
