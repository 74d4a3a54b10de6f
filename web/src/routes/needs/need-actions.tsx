import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Need, NeedTransition } from '../../api/needs-types';
import { ConfirmButton } from '../../components/confirm-button';
import { needsApi } from './queries';

const ALLOWED: Record<Need['status'], NeedTransition[]> = { draft: ['publish', 'cancel'], open: ['close', 'cancel'], closed: ['reopen'], cancelled: [] };
const COLORS: Record<NeedTransition, string> = { publish: 'green', close: 'gray', cancel: 'red', reopen: 'blue' };

/** The buyer's actions on its need: edit, publish, close, cancel, reopen. */
export function NeedActions({ need }: { need: Need }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['needs'] });
  return (
    <Group gap="xs">
      {(need.status === 'draft' || need.status === 'open') && (
        <Button size="xs" variant="default" renderRoot={(props) => <Link {...props} to="/kebutuhan/$needId/ubah" params={{ needId: need.id }} />}>{t('needs.edit')}</Button>
      )}
      {ALLOWED[need.status].map((a) => (
        <ConfirmButton key={a} color={COLORS[a]} title={t(`needs.actions.${a}`)} message={t(`needs.actions.${a}Confirm`, { name: need.partName })} confirmLabel={t(`needs.actions.${a}`)} onConfirm={() => needsApi.transition(need.id, a)} onDone={refresh}>
          {t(`needs.actions.${a}`)}
        </ConfirmButton>
      ))}
    </Group>
  );
}
