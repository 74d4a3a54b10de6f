import { useState, type ReactNode } from 'react';
import { Button, Collapse } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Filters: always open on wider screens; behind a "Filter (n)" button on phones. */
export function FilterPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [open, setOpen] = useState(false);
  if (!phone) return <>{children}</>;
  return (
    <>
      <Button variant="default" size="xs" mb="sm" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {activeCount ? t('common.filtersCount', { count: activeCount }) : t('common.filters')}
      </Button>
      <Collapse in={open}>{children}</Collapse>
    </>
  );
}
