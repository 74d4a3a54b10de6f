import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgKind } from '../api/types';

export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {roles.map((r) => (
        <Badge key={r} variant="light" size="sm">
          {t(`roles.${r}`, { defaultValue: r })}
        </Badge>
      ))}
    </Group>
  );
}

const KIND_COLORS: Record<OrgKind, string> = { programme: 'teal', buyer: 'blue', ikm: 'orange', lender: 'grape', mentor: 'cyan' };

export function KindBadge({ kind }: { kind: OrgKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={KIND_COLORS[kind]} size="sm">
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

export function ActiveBadge({ isActive }: { isActive: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={isActive ? 'green' : 'gray'} variant="dot" size="sm">
      {isActive ? t('common.active') : t('common.inactive')}
    </Badge>
  );
}
