import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "1–25 of 130" and page buttons; hidden page buttons when everything fits on one page. */
export function PaginationBar({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="md" gap="xs">
      <Text size="sm" c="dimmed">
        {t('common.range', { from, to, total })}
      </Text>
      {pages > 1 && <Pagination size="sm" value={page} total={pages} onChange={onChange} siblings={0} boundaries={1} getControlProps={(c) => ({ 'aria-label': t(`common.pager.${c}`) })} />}
    </Group>
  );
}
