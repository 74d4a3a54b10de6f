import { Anchor, Badge, Box, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Board, ProjectSummary } from '../../api/development-types';
import { useCurrentUser } from '../../api/session';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { todayJakarta } from '../partnerships/queries';
import { GateStatusBadge, ProjectStatusBadge } from './badges';
import { boardQuery } from './queries';

/** All part development projects by stage, one column per stage (scrolls sideways on phones). */
export function BoardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const query = useQuery(boardQuery());
  const canCreate = me.kind === 'buyer' && me.roles.some((r) => r === 'admin' || r === 'staff');
  return (
    <>
      <PageHeader
        title={t('development.title')}
        description={t('development.description')}
        actions={canCreate && <Button component={Link} to="/pengembangan/baru">{t('development.create')}</Button>}
      />
      <QueryView query={query} isEmpty={(b) => b.total === 0} empty={t('development.none')}>
        {(board) => <BoardColumns board={board} partyKind={me.kind} />}
      </QueryView>
    </>
  );
}

function BoardColumns({ board, partyKind }: { board: Board; partyKind: string }) {
  const { t } = useTranslation();
  // phones: fixed-width columns, swipe sideways; wider screens: the six columns share the width
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const jump = (stage: string) => document.getElementById(`board-col-${stage}`)?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'start' });
  return (
    <>
    {phone && (
      <Group gap={6} mb="sm" aria-label={t('development.jumpTo')}>
        {board.stages.map((col) => (
          <Badge key={col.stage} component="button" type="button" variant={col.count ? 'filled' : 'light'} color={col.count ? 'teal' : 'gray'} style={{ cursor: 'pointer', border: 0 }} onClick={() => jump(col.stage)}>
            {t(`development.stage.${col.stage}`, { defaultValue: col.label })} · {col.count}
          </Badge>
        ))}
      </Group>
    )}
    <Box
      role="list"
      aria-label={t('development.boardLabel')}
      style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8, scrollSnapType: 'x mandatory', WebkitOverflowScrolling: 'touch' }}
    >
      {board.stages.map((col) => (
        <Box key={col.stage} id={`board-col-${col.stage}`} role="listitem" style={phone ? { flex: '0 0 260px', maxWidth: '80vw', scrollSnapAlign: 'start' } : { flex: '1 0 150px', minWidth: 0 }}>
          <Card withBorder padding="xs" bg="var(--mantine-color-gray-0)" h="100%">
            <Group justify="space-between" mb="xs" wrap="nowrap">
              <Text fw={700} size="sm">{t(`development.stage.${col.stage}`, { defaultValue: col.label })}</Text>
              <Badge variant="light" size="sm" style={{ flexShrink: 0 }} aria-label={t('development.projectCount', { n: col.count })}>{col.count}</Badge>
            </Group>
            <Stack gap="xs" aria-label={t(`development.stage.${col.stage}`, { defaultValue: col.label })}>
              {col.projects.map((p) => <ProjectCard key={p.id} p={p} partyKind={partyKind} />)}
              {col.count > col.projects.length && <Text size="xs" c="dimmed">{t('development.more', { n: col.count - col.projects.length })}</Text>}
              {col.count === 0 && <Text size="xs" c="dimmed">—</Text>}
            </Stack>
          </Card>
        </Box>
      ))}
    </Box>
    </>
  );
}

function ProjectCard({ p, partyKind }: { p: ProjectSummary; partyKind: string }) {
  const { t, i18n } = useTranslation();
  const overdue = p.dueDate !== null && p.status === 'active' && p.dueDate < todayJakarta();
  const other = partyKind === 'ikm' ? p.buyerName : partyKind === 'buyer' ? p.ikmName : `${p.buyerName ?? '—'} → ${p.ikmName ?? '—'}`;
  return (
    <Card withBorder padding="xs" radius="sm" component="article">
      <Anchor fw={600} size="sm" renderRoot={(props) => <Link {...props} to="/pengembangan/$projectId" params={{ projectId: p.id }} />}>
        {p.partName}
      </Anchor>
      <Text size="xs" c="dimmed">{p.reference}{p.partNumber ? ` · ${p.partNumber}` : ''}</Text>
      <Text size="xs" mt={2} lineClamp={2}>{other}</Text>
      <Group gap={4} mt={6}>
        {p.gateStatus && p.stage !== 'mass_production' && <GateStatusBadge status={p.gateStatus} />}
        <ProjectStatusBadge status={p.status} />
        {p.dueDate && p.stage !== 'mass_production' && (
          <Badge size="sm" variant={overdue ? 'filled' : 'outline'} color={overdue ? 'red' : 'gray'}>
            {t(overdue ? 'development.overdue' : 'development.due', { date: formatDate(p.dueDate, i18n.language) })}
          </Badge>
        )}
      </Group>
    </Card>
  );
}
