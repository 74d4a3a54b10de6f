import { useState } from 'react';
import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Akad, PaymentResult } from '../../api/finance-types';
import { formatDate, formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { AkadActions } from './akad-actions';
import { Facts, Stat } from './facts';
import { AkadStatusBadge, CollectibilityBadge } from './labels';
import { formatRate, formatRupiah } from './money';
import { PaymentNotice } from './payment-result';
import { akadQuery, journalQuery } from './queries';
import { ScheduleTable } from './schedule-table';

const route = getRouteApi('/app/pembiayaan/akad/$akadId');

function Journal({ akadId }: { akadId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(journalQuery(akadId));
  return (
    <QueryView query={query} empty={t('finance.journal.empty')}>
      {(entries) => (
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('finance.journal.date')}</Table.Th><Table.Th>{t('finance.journal.memo')}</Table.Th><Table.Th>{t('finance.journal.account')}</Table.Th><Table.Th ta="right">{t('finance.journal.amount')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.flatMap((e) =>
                e.lines.map((l, idx) => (
                  <Table.Tr key={`${e.id}-${idx}`}>
                    <Table.Td>{idx === 0 ? formatDate(e.occurredOn, i18n.language) : ''}</Table.Td>
                    <Table.Td>{idx === 0 ? e.memo : ''}</Table.Td>
                    <Table.Td>{t(`finance.account.${l.account}`, { defaultValue: l.account })}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{l.amount.startsWith('-') ? `(${formatRupiah(l.amount.slice(1), i18n.language)})` : formatRupiah(l.amount, i18n.language)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryView>
  );
}

function Body({ akad }: { akad: Akad }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [payment, setPayment] = useState<PaymentResult | null>(null);
  const [journal, setJournal] = useState(false);
  const b = akad.balances;
  const signature = (at: string | null) => (at ? t('finance.akad.signedOn', { date: formatDateTime(at, lang) }) : t('finance.akad.notSigned'));

  return (
    <Stack>
      {payment && <PaymentNotice payment={payment} onClose={() => setPayment(null)} />}
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm" gap="xs">
          <Group gap="xs">
            <AkadStatusBadge status={akad.status} testId="akad-status" />
            {akad.status === 'disbursed' && <CollectibilityBadge value={akad.collectibility} />}
            {akad.dpd > 0 && <Badge color="red" variant="outline">{t('finance.akad.dpd', { count: akad.dpd })}</Badge>}
          </Group>
          <AkadActions akad={akad} onPayment={setPayment} />
        </Group>
        <Facts
          items={[
            { label: t('finance.ikm'), value: akad.ikmName },
            { label: t('finance.lender'), value: akad.lenderName },
            { label: t('finance.buyer'), value: akad.buyerName },
            { label: t('finance.akad.principal'), value: formatRupiah(akad.principal, lang) },
            { label: t('finance.akad.terms'), value: `${formatRate(akad.annualRate, lang)} · ${t(`finance.method.${akad.method}`)}` },
            { label: t('finance.term'), value: akad.repaidOn ? t('finance.until', { date: formatDate(akad.repaidOn, lang) }) : t('finance.monthsCount', { count: akad.tenorMonths ?? 0 }) },
            { label: t('finance.product.penaltyRate'), value: formatRate(akad.penaltyRate, lang) },
            { label: t('finance.akad.lenderSignature'), value: signature(akad.lenderSignedAt), testId: 'lender-signature' },
            { label: t('finance.akad.ikmSignature'), value: signature(akad.ikmSignedAt), testId: 'ikm-signature' },
            { label: t('finance.akad.disbursedOn'), value: akad.disbursedOn ? formatDate(akad.disbursedOn, lang) : t('finance.akad.plannedOn', { date: formatDate(akad.plannedDisbursementOn, lang) }) },
            { label: t('finance.akad.application'), value: <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/pembiayaan/pengajuan/$applicationId" params={{ applicationId: akad.applicationId }} />}>{t('finance.akad.openApplication')}</Anchor> },
            { label: t('finance.escrow.account'), value: <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/pembiayaan/escrow/$escrowId" params={{ escrowId: akad.escrowAccountId }} />}>{t('finance.escrow.open')}</Anchor> },
          ]}
        />
      </Paper>
      {akad.disbursedOn && (
        <Group grow preventGrowOverflow={false} wrap="wrap" gap="sm">
          <Stat label={t('finance.akad.outstanding')} value={formatRupiah(b.outstandingPrincipal, lang)} testId="akad-outstanding" />
          <Stat label={t('finance.akad.interestPaid')} value={formatRupiah(b.interestPaid, lang)} />
          <Stat label={t('finance.akad.penaltyReceivable')} value={formatRupiah(b.penaltyReceivable, lang)} />
          {b.writtenOff !== '0' && <Stat label={t('finance.akad.writtenOff')} value={formatRupiah(b.writtenOff, lang)} />}
        </Group>
      )}
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={3} size="h4">{akad.schedule.fixed ? t('finance.schedule.fixed', { version: akad.schedule.version }) : t('finance.schedule.preview')}</Title>
          <Group gap="xs">
            <Button size="xs" variant="default" component="a" href={`/api/finance/akad/${akad.id}/statement.pdf`} download>{t('finance.statement.pdf')}</Button>
            <Button size="xs" variant="default" component="a" href={`/api/finance/akad/${akad.id}/statement.xlsx`} download>{t('finance.statement.xlsx')}</Button>
          </Group>
        </Group>
        {!akad.schedule.fixed && <Text size="sm" c="dimmed" mb="sm">{t('finance.schedule.previewHint')}</Text>}
        <ScheduleTable instalments={akad.schedule.instalments} showPaid={akad.schedule.fixed} />
        {akad.versions.length > 1 && (
          <Stack gap={2} mt="sm">
            <Text size="sm" fw={600}>{t('finance.schedule.versions')}</Text>
            {akad.versions.map((v) => (
              <Text size="xs" key={v.version}>{`v${v.version} · ${t(`finance.schedule.reason.${v.reason}`, { defaultValue: v.reason })} · ${formatDateTime(v.createdAt, lang)}${v.note ? ` · ${v.note}` : ''}`}</Text>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between">
          <Title order={3} size="h4">{t('finance.journal.title')}</Title>
          <Button size="xs" variant="subtle" onClick={() => setJournal((o) => !o)} aria-expanded={journal}>{journal ? t('common.hide') : t('common.details')}</Button>
        </Group>
        <Collapse in={journal}>{journal && <Journal akadId={akad.id} />}</Collapse>
      </Paper>
    </Stack>
  );
}

/** One akad kredit: terms, signatures, disbursement, balances and the schedule (fixed at the second signature). */
export function AkadPage() {
  const { t } = useTranslation();
  const { akadId } = route.useParams();
  const query = useQuery(akadQuery(akadId));
  return (
    <>
      <PageHeader title={query.data ? t('finance.akad.one', { reference: query.data.reference }) : t('finance.akad.title')} description={query.data ? `${query.data.ikmName} · ${query.data.lenderName}` : undefined} />
      <QueryView query={query}>{(akad) => <Body akad={akad} />}</QueryView>
    </>
  );
}
