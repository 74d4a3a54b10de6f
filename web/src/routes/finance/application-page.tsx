import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../api/finance-types';
import { useCurrentUser } from '../../api/session';
import { formatDate, formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { financeAbilities } from './access';
import { ApplicationActions } from './application-actions';
import { DecisionForm } from './decision-form';
import { Facts } from './facts';
import { StageBadge } from './labels';
import { formatRupiah } from './money';
import { applicationQuery } from './queries';
import { ReviewSection } from './review-section';
import { UnderlyingsCard } from './underlyings-card';

const route = getRouteApi('/app/pembiayaan/pengajuan/$applicationId');

function Body({ app }: { app: Application }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useCurrentUser();
  const can = financeAbilities(me);
  const lenderSide = me.organisation.id === app.lenderOrgId;

  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <StageBadge stage={app.stage} testId="application-stage" />
          <ApplicationActions app={app} />
        </Group>
        <Facts
          items={[
            { label: t('finance.ikm'), value: app.ikmName },
            { label: t('finance.lender'), value: app.lenderName },
            { label: t('finance.amount'), value: formatRupiah(app.amount, lang), testId: 'application-amount' },
            { label: t('finance.term'), value: app.repaidOn ? t('finance.until', { date: formatDate(app.repaidOn, lang) }) : t('finance.monthsCount', { count: app.tenorMonths ?? 0 }) },
            { label: t('finance.grace'), value: t('finance.monthsCount', { count: app.graceMonths }) },
            { label: t('finance.submittedAt'), value: formatDateTime(app.submittedAt, lang) },
          ]}
        />
        <Text size="xs" c="dimmed" mt="sm">{t('finance.purpose')}</Text>
        <Text size="sm">{app.purpose}</Text>
        {app.decisionReasons && (
          <Stack gap={2} mt="sm">
            <Text size="xs" c="dimmed">{t('finance.decision.reasonsAt', { date: formatDateTime(app.decidedAt, lang) })}</Text>
            <List size="sm">{app.decisionReasons.map((r) => <List.Item key={r}>{r}</List.Item>)}</List>
          </Stack>
        )}
      </Paper>
      <UnderlyingsCard app={app} />
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">{t('finance.apply.documents')}</Title>
        {app.documents.length ? (
          <List size="sm">
            {app.documents.map((d) => (
              <List.Item key={d.kind}>
                {`${d.kind}: `}
                {d.url ? <Anchor href={d.url} target="_blank" size="sm">{d.name}</Anchor> : d.name}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">{t('finance.apply.noDocuments')}</Text>
        )}
      </Paper>
      <ReviewSection app={app} canReview={can.review && lenderSide} />
      {can.decide && lenderSide && app.status === 'submitted' && <DecisionForm app={app} />}
    </Stack>
  );
}

/** One credit application: backing and its confirmations, documents, review and decision, akad. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { applicationId } = route.useParams();
  const query = useQuery(applicationQuery(applicationId));
  return (
    <>
      <PageHeader title={query.data ? t('finance.applications.one', { reference: query.data.reference }) : t('finance.applications.title')} description={query.data ? `${query.data.ikmName} → ${query.data.lenderName}` : undefined} />
      <QueryView query={query}>{(app) => <Body app={app} />}</QueryView>
    </>
  );
}
