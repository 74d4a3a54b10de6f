import { useState } from 'react';
import { Anchor, Badge, Button, Card, Collapse, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NeedMatch } from '../../api/matching-types';
import type { Need } from '../../api/needs-types';
import { QueryView } from '../../components/query-view';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { invitationsQuery, needsApi } from '../needs/queries';
import { ExplanationList, ScoreBar } from './explanation-list';
import { formatKm } from './format';
import { needMatchesQuery } from './queries';

function InviteButton({ need, match, invited }: { need: Need; match: NeedMatch; invited: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const run = useMutation({ mutationFn: () => needsApi.invite(need.id, [match.orgId]), onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['needs', 'one', need.id] }) });
  if (invited) return <Badge color="teal" variant="light">{t('matching.invited')}</Badge>;
  return (
    <>
      {run.isError && <FormError message={errorMessage(t, run.error)} />}
      <Button size="xs" variant="light" loading={run.isPending} onClick={() => run.mutate()}>{t('matching.invite')}</Button>
    </>
  );
}

function MatchCard({ need, match, canInvite, invited }: { need: Need; match: NeedMatch; canInvite: boolean; invited: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(match.rank <= 5);
  const place = [match.regencyName, match.provinceName].filter(Boolean).join(', ');
  const km = formatKm(match.distanceKm, i18n.language);
  return (
    <Card withBorder padding="sm" component="article" aria-label={`${match.rank}. ${match.name}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <Badge size="lg" circle variant="light" style={{ flexShrink: 0 }}>{match.rank}</Badge>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{match.name}</Text>
              <Text size="xs" c="dimmed">{place}{km ? ` · ${t('matching.distance', { km })}` : ''}</Text>
            </Stack>
          </Group>
          <ScoreBar score={match.score} />
        </Group>
        <Collapse in={open}>
          <ExplanationList explanations={match.explanations} />
        </Collapse>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Button size="xs" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>{open ? t('matching.hideReasons') : t('matching.showReasons')}</Button>
          <Group gap="xs">
            <Anchor size="xs" renderRoot={(props) => <Link {...props} to="/pencocokan/ikm" search={{ orgId: match.orgId }} />}>{t('matching.otherNeeds')}</Anchor>
            {canInvite && <InviteButton need={need} match={match} invited={invited} />}
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}

/** The ranked IKM for a need (the buyer and programme staff), each with its score and plain-language reasons. */
export function NeedMatchesPanel({ need, canInvite }: { need: Need; canInvite: boolean }) {
  const { t } = useTranslation();
  const query = useQuery(needMatchesQuery(need.id));
  const invitations = useQuery({ ...invitationsQuery(need.id), enabled: canInvite });
  const invited = new Set((invitations.data ?? []).map((i) => i.orgId));
  return (
    <QueryView query={query} isEmpty={(m) => m.results.length === 0} empty={t('matching.noneForNeed')}>
      {(m) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{t('matching.needIntro', { count: m.candidatesConsidered, shown: m.results.length })}</Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
            {m.results.map((r) => <MatchCard key={r.orgId} need={need} match={r} canInvite={canInvite} invited={invited.has(r.orgId)} />)}
          </SimpleGrid>
        </Stack>
      )}
    </QueryView>
  );
}
