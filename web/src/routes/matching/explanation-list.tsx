import { Group, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../api/matching-types';
import { formatScore } from './format';

const MARK = { matched: { sign: '✓', color: 'green' }, failed: { sign: '✗', color: 'red' }, unknown: { sign: '?', color: 'gray' } } as const;

function Line({ e }: { e: Explanation }) {
  const { t, i18n } = useTranslation();
  const m = MARK[e.status];
  const text = i18n.language === 'en' ? e.text.en : e.text.id;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" component="li" data-status={e.status}>
      <ThemeIcon size={20} radius="xl" color={m.color} variant="light" aria-label={t(`matching.status.${e.status}`)} style={{ flexShrink: 0 }}>
        <Text span size="xs" fw={700} aria-hidden>{m.sign}</Text>
      </ThemeIcon>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{text}</Text>
        <Text size="xs" c="dimmed">
          {t(`matching.criteria.${e.key}`)}
          {e.kind === 'score' && <span title={t('matching.contributionHint')}> · {t('matching.points', { got: formatScore(e.contribution, i18n.language), of: formatScore(e.weight, i18n.language) })}</span>}
        </Text>
      </Stack>
    </Group>
  );
}

/** Why a match scores as it does: the hard filters, then each weighted criterion (matched ✓, failed ✗, unknown ?) with its points. */
export function ExplanationList({ explanations }: { explanations: Explanation[] }) {
  const { t } = useTranslation();
  const filters = explanations.filter((e) => e.kind === 'filter');
  const scores = explanations.filter((e) => e.kind === 'score');
  return (
    <Stack gap={6}>
      {filters.length > 0 && (
        <>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('matching.filters')}</Text>
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>{filters.map((e) => <Line key={e.key} e={e} />)}</Stack>
        </>
      )}
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt={4}>{t('matching.scoreCriteria')}</Text>
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>{scores.map((e) => <Line key={e.key} e={e} />)}</Stack>
    </Stack>
  );
}

/** "83,6 / 100" with a bar. */
export function ScoreBar({ score }: { score: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2} miw={110} aria-label={t('matching.scoreLabel', { score: formatScore(score, i18n.language) })}>
      <Text fw={700} size="lg" lh={1} ta="right">{formatScore(score, i18n.language)}<Text span size="xs" c="dimmed"> / 100</Text></Text>
      <Progress value={score} color={score >= 75 ? 'green' : score >= 50 ? 'yellow' : 'orange'} size="sm" />
    </Stack>
  );
}
