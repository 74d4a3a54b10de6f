import { useState } from 'react';
import { Button, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../api/development-types';
import { formatDateTime } from '../../components/format';

const COLORS: Record<string, string> = { approved: 'green', rejected: 'red', submitted: 'blue', cancelled: 'red', created: 'teal' };
const FIRST = 12;

/** Everything that happened to the project, newest first: submissions, decisions with reasons, checklist, files. */
export function ProjectHistory({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const org = (id: string | null) => (id === project.buyerOrgId ? project.buyerName : id === project.ikmOrgId ? project.ikmName : id ? '—' : t('development.system'));
  const labels = new Map(project.gates.flatMap((g) => g.checklist.map((i) => [i.key, i.key.startsWith('ppap_') ? t(`development.ppap.${i.key.slice(5)}`, { defaultValue: i.label }) : i.label] as const)));
  const note = (action: string, n: string | null) => (n && (action === 'checklist_done' || action === 'checklist_undone') ? (labels.get(n) ?? n) : n);
  const events = [...project.history].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  if (!events.length) return <Text size="sm" c="dimmed">{t('development.noHistory')}</Text>;
  const shown = all ? events : events.slice(0, FIRST);
  return (
    <>
      <Timeline bulletSize={14} lineWidth={2} active={shown.length}>
        {shown.map((e) => (
          <Timeline.Item key={e.id} color={COLORS[e.action] ?? 'gray'} title={<Text size="sm" fw={600}>{t(`development.event.${e.action}`, { defaultValue: e.action })} · {t(`development.stage.${e.stage}`, { defaultValue: e.stage })}{e.toStage && e.toStage !== e.stage ? ` → ${t(`development.stage.${e.toStage}`, { defaultValue: e.toStage })}` : ''}</Text>}>
            {e.note && <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{note(e.action, e.note)}</Text>}
            <Text size="xs" c="dimmed">{org(e.actorOrgId)} · {formatDateTime(e.at, i18n.language)}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {events.length > FIRST && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll((a) => !a)}>
          {all ? t('development.historyLess') : t('development.historyAll', { n: events.length })}
        </Button>
      )}
    </>
  );
}
