import { Fragment, useState, type ReactNode } from 'react';
import { Button, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  align?: 'left' | 'right';
  nowrap?: boolean;
  /**
   * On phones rows become cards: 'title' is the card's heading, 'actions' goes to its foot,
   * 'hidden' is left out; other columns show as "header: value".
   */
  card?: 'title' | 'actions' | 'hidden';
}

/**
 * A table on wider screens and a list of cards on phones (< 48em), so nothing needs sideways scrolling.
 * `details` makes rows expandable (e.g. audit before/after).
 */
export function DataTable<T>({ rows, columns, rowKey, minWidth = 640, details }: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  minWidth?: number;
  details?: (row: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [open, setOpen] = useState<string | null>(null);
  const toggle = (key: string) => (
    <Button size="xs" variant="subtle" onClick={() => setOpen(open === key ? null : key)} aria-expanded={open === key}>
      {open === key ? t('common.hide') : t('common.details')}
    </Button>
  );

  if (phone) {
    return (
      <Stack gap="sm">
        {rows.map((row) => {
          const key = rowKey(row);
          const title = columns.find((c) => c.card === 'title');
          const actions = columns.filter((c) => c.card === 'actions');
          return (
            <Card key={key} withBorder padding="sm" component="article">
              {title && <Text fw={600} mb={4}>{title.cell(row)}</Text>}
              <Stack gap={4}>
                {columns.filter((c) => !c.card).map((c) => (
                  <Group key={c.id} gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed" w={110} style={{ flexShrink: 0 }}>{c.header}</Text>
                    <div style={{ minWidth: 0, fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>{c.cell(row)}</div>
                  </Group>
                ))}
              </Stack>
              {(actions.length > 0 || details) && (
                <Group gap="xs" mt="xs" justify="flex-end">
                  {actions.map((c) => <Fragment key={c.id}>{c.cell(row)}</Fragment>)}
                  {details && toggle(key)}
                </Group>
              )}
              {details && open === key && <div style={{ marginTop: 8 }}>{details(row)}</div>}
            </Card>
          );
        })}
      </Stack>
    );
  }

  const span = columns.length + (details ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.id} ta={c.align}>{c.card === 'actions' ? <VisuallyHidden>{c.header}</VisuallyHidden> : c.header}</Table.Th>
            ))}
            {details && <Table.Th aria-label={t('common.details')} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            return (
              <Fragment key={key}>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Td key={c.id} ta={c.align} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>{c.cell(row)}</Table.Td>
                  ))}
                  {details && <Table.Td ta="right">{toggle(key)}</Table.Td>}
                </Table.Tr>
                {details && open === key && (
                  <Table.Tr>
                    <Table.Td colSpan={span}>{details(row)}</Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
