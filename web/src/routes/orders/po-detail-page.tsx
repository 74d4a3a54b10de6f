import type { ReactNode } from 'react';
import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PurchaseOrder } from '../../api/orders-types';
import { useCurrentUser } from '../../api/session';
import { formatDate, formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { isEditor } from './access';
import { BillingBadge, PoStatusBadge } from './badges';
import { DeliveryNoteButton } from './delivery-note-modal';
import { InvoiceButton } from './invoice-modal';
import { PoActions } from './po-actions';
import { DeliveryNotesTable, InvoicesTable, ReceiptsTable } from './po-documents';
import { PoLinesTable } from './po-lines-table';
import { PoRevisions } from './po-revisions';
import { PoTotals } from './po-totals';
import { billingState, poQuery } from './queries';

const route = getRouteApi('/app/pesanan/$poId');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">{label}</Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>{children}</div>
    </Stack>
  );
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{title}</Title>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

/** One PO from order to payment: lines, totals with PPN and terbilang, deliveries, receipts, invoices, payments, revisions. */
export function PoDetailPage() {
  const { poId } = route.useParams();
  const query = useQuery(poQuery(poId));
  return <QueryView query={query}>{(po) => <PoDetail po={po} />}</QueryView>;
}

function PoDetail({ po }: { po: PurchaseOrder }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['orders'] });
  const onChange = (next: PurchaseOrder) => {
    queryClient.setQueryData(['orders', 'po', po.id], next);
    refresh();
  };
  const ikmEditor = me.organisation.id === po.ikmOrgId && isEditor(me);
  const canDeliver = ikmEditor && po.status === 'acknowledged';

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/pesanan" size="sm">← {t('orders.backToList')}</Anchor>
      <PageHeader title={po.reference} description={po.revision ? t('orders.revisionNo', { n: po.revision }) : undefined} actions={<PoActions po={po} onChange={onChange} />} />
      <Group gap="xs" mt={-16}>
        <PoStatusBadge status={po.status} />
        {po.status !== 'rejected' && po.status !== 'cancelled' && <BillingBadge state={billingState(po)} />}
      </Group>
      {po.status === 'rejected' && po.answerNote && <Alert color="red" title={t('orders.rejectedTitle')}>{po.answerNote}</Alert>}
      {po.status === 'cancelled' && po.answerNote && <Alert color="gray" title={t('orders.cancelledTitle')}>{po.answerNote}</Alert>}
      {po.status === 'issued' && <Alert color="blue" variant="light">{me.organisation.id === po.ikmOrgId ? t('orders.awaitingYourAck') : t('orders.awaitingAck')}</Alert>}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Field label={t('orders.buyer')}>{po.buyerName}</Field>
          <Field label={t('orders.ikm')}>{po.ikmName}</Field>
          <Field label={t('orders.orderDate')}>{formatDate(po.orderDate, i18n.language)}</Field>
          <Field label={t('orders.paymentTerms')}>{t('orders.termsDays', { n: po.paymentTermsDays })}</Field>
          <Field label={t('orders.acknowledgedAt')}>{formatDateTime(po.firstAcknowledgedAt, i18n.language)}</Field>
          <Field label={t('orders.deliveryAddress')}>{po.deliveryAddress ?? '—'}</Field>
          {po.mouId && <Field label={t('orders.mou')}><Anchor size="sm" renderRoot={(props) => <Link {...props} to="/mou/$mouId" params={{ mouId: po.mouId }} />}>{t('orders.openMou')}</Anchor></Field>}
          {po.projectId && <Field label={t('orders.project')}><Anchor size="sm" renderRoot={(props) => <Link {...props} to="/pengembangan/$projectId" params={{ projectId: po.projectId }} />}>{t('orders.openProject')}</Anchor></Field>}
        </SimpleGrid>
        {po.notes && <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-line' }}>{po.notes}</Text>}
      </Card>
      <Section title={t('orders.lines')}>
        <PoLinesTable lines={po.lines} />
        <Card withBorder>
          <PoTotals subtotal={po.subtotal} ppn={po.ppnAmount} total={po.total} rate={po.ppnRate} words={po.amountInWords} />
        </Card>
      </Section>
      <Section title={t('orders.delivery.title')} action={canDeliver && <DeliveryNoteButton po={po} onDone={refresh} />}>
        <DeliveryNotesTable po={po} onChange={refresh} />
      </Section>
      <Section title={t('orders.receipt.title')}>
        <ReceiptsTable po={po} />
      </Section>
      <Section title={t('orders.invoice.title')} action={ikmEditor && <InvoiceButton po={po} onDone={refresh} />}>
        <InvoicesTable po={po} onChange={refresh} />
      </Section>
      <Section title={t('orders.revisions.title')}>
        <PoRevisions po={po} />
      </Section>
    </Stack>
  );
}
