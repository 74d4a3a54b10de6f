import { List, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HistoryItem } from '../../api/registry-types';
import { formatDateTime } from '../../components/format';
import { QueryView } from '../../components/query-view';
import { historyQuery } from './queries';
import { Section } from './section';

const COLORS: Record<string, string> = { create: 'gray', import: 'gray', submit: 'yellow', verify: 'teal', return: 'red', reverify: 'orange' };

/** Oldest first (the API answers newest first; ties keep that order reversed). */
export function chronological(items: HistoryItem[]): HistoryItem[] {
  return [...items].reverse().sort((a, b) => a.at.localeCompare(b.at));
}

export function changedFieldLabels(fields: string[], t: (k: string) => string): string {
  return fields.map((f) => t(`registry.fields.${f}`)).join(', ');
}

function who(h: HistoryItem, orgId: string, t: (k: string) => string): string {
  if (!h.actorOrgId) return t('registry.history.bySystem');
  return h.actorOrgId === orgId ? t('registry.history.byIkm') : t('registry.history.byProgramme');
}

/** The profile's status history, newest first. */
export function StatusHistory({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(historyQuery(orgId));
  return (
    <Section title={t('registry.sections.history')} testId="section-history">
      <QueryView query={query}>
        {(items) => (
          <Timeline bulletSize={14} lineWidth={2} active={items.length} aria-label={t('registry.sections.history')}>
            {chronological(items).map((h) => (
              <Timeline.Item key={h.id} color={COLORS[h.action] ?? 'gray'} title={t(`registry.history.actions.${h.action}`, { defaultValue: h.action })}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(h.at, i18n.language)} · {who(h, orgId, t)}
                  {h.fromStatus ? ` · ${t(`registry.status.${h.fromStatus}`, { defaultValue: h.fromStatus })} → ${t(`registry.status.${h.toStatus}`, { defaultValue: h.toStatus })}` : ` · ${t(`registry.status.${h.toStatus}`, { defaultValue: h.toStatus })}`}
                </Text>
                {h.changedFields.length > 0 && (
                  <Text size="sm">{t('registry.history.changedFields', { fields: changedFieldLabels(h.changedFields, t) })}</Text>
                )}
                {h.reasons.length > 0 && (
                  <List size="sm" spacing={0}>
                    {h.reasons.map((r, i) => <List.Item key={i}>{r}</List.Item>)}
                  </List>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </QueryView>
    </Section>
  );
}
