import type { ReactNode } from 'react';
import { Alert, Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Mou } from '../../api/partnerships-types';
import { useCurrentUser } from '../../api/session';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { formatRupiah } from '../orders/money';
import { MouActions } from './mou-actions';
import { MouStatusBadge, RenewalBadge } from './mou-badges';
import { MouDocuments } from './mou-documents';
import { MouLifecycle } from './mou-lifecycle';
import { MouPartiesTable } from './mou-parties-table';
import { mouQuery } from './queries';

const route = getRouteApi('/app/mou/$mouId');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">{label}</Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>{children}</div>
    </Stack>
  );
}

/** One MoU: terms, lifecycle, parties with shares and signatures, documents, and the actions allowed now. */
export function MouDetailPage() {
  const { mouId } = route.useParams();
  const query = useQuery(mouQuery(mouId));
  return <QueryView query={query}>{(mou) => <MouDetail mou={mou} />}</QueryView>;
}

function MouDetail({ mou }: { mou: Mou }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canEditDocs = mou.status === 'draft' && me.organisation.id === mou.initiatorOrgId && me.roles.some((r) => r === 'admin' || r === 'staff');
  const obligation = (party: string) => (party === 'initiator' ? t('partnerships.role.initiator') : party === 'ikm' ? t('partnerships.role.ikm') : (mou.parties.find((p) => p.orgId === party)?.orgName ?? party));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/mou" size="sm">← {t('partnerships.backToList')}</Anchor>
      <PageHeader title={mou.reference} description={mou.title} actions={<MouActions mou={mou} />} />
      <Group gap="xs" mt={-16}>
        <MouStatusBadge status={mou.status} />
        <RenewalBadge mou={mou} />
      </Group>
      {mou.status === 'terminated' && mou.terminationReason && (
        <Alert color="red" title={t('partnerships.terminatedTitle')}>{mou.terminationReason}</Alert>
      )}
      <Card withBorder>
        <MouLifecycle mou={mou} />
      </Card>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Field label={t('partnerships.initiator')}>{mou.initiatorName}</Field>
          <Field label={t('partnerships.period')}>{`${formatDate(mou.startDate, i18n.language)} – ${formatDate(mou.endDate, i18n.language)}`}</Field>
          <Field label={t('partnerships.totalPerYear')}><strong>{formatRupiah(mou.totalMarketAccessPerYear)}</strong></Field>
          <Field label={t('partnerships.ikmCount')}>{mou.parties.filter((p) => p.role === 'ikm').length}</Field>
        </SimpleGrid>
        <Stack gap="sm" mt="md">
          <Field label={t('partnerships.scope')}><Text size="sm" style={{ whiteSpace: 'pre-line' }}>{mou.scope}</Text></Field>
          {mou.parts.length > 0 && (
            <Field label={t('partnerships.parts')}>
              <Group gap={4}>{mou.parts.map((p) => <Badge key={p} variant="light" color="gray" size="sm">{p}</Badge>)}</Group>
            </Field>
          )}
          {mou.obligations.length > 0 && (
            <Field label={t('partnerships.obligations')}>
              <List size="sm" spacing={2}>
                {mou.obligations.map((o, i) => <List.Item key={i}><strong>{obligation(o.party)}:</strong> {o.text}</List.Item>)}
              </List>
            </Field>
          )}
        </Stack>
      </Card>
      <Stack gap="xs">
        <Title order={3}>{t('partnerships.partiesTitle')}</Title>
        <MouPartiesTable mou={mou} />
      </Stack>
      <Stack gap="xs">
        <Title order={3}>{t('partnerships.documents')}</Title>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{t('partnerships.currentHash', { hash: mou.documentHash })}</Text>
        <MouDocuments mou={mou} canEdit={canEditDocs} />
      </Stack>
    </Stack>
  );
}
